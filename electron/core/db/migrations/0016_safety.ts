import type { Migration } from '../migration'

/*
 * Safety (issue 13): a batch of letters that never finished (the program was closed or killed
 * while it ran) stayed "issued 0" without its combined file, though its letters were numbered and
 * registered. A batch now records when it finished; one left unfinished is found at the next
 * start and marked interrupted, with what it issued. Batches of older files count as finished
 * when their issued count matches their letters; the others are left for that start-up check.
 */
export const m0016_safety: Migration = {
  version: 16,
  name: '0016_safety',
  sql: /* sql */ `
ALTER TABLE document_batches ADD COLUMN finished_at TEXT;
ALTER TABLE document_batches ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0 CHECK (interrupted IN (0, 1));
UPDATE document_batches SET finished_at = updated_at
 WHERE issued = (SELECT count(*) FROM documents WHERE documents.batch_id = document_batches.id);
`,
}
