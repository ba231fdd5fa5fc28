import type { Migration } from '../migration'

/**
 * Spreadsheet imports: each committed import (batch), and a fingerprint of every row it brought
 * in, so that importing the same ledger again creates nothing new.
 */
export const m0003_import: Migration = {
  version: 3,
  name: '0003_import',
  sql: /* sql */ `
CREATE TABLE import_batches (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('subjects', 'cases')),
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
  sheet TEXT NOT NULL,
  imported_on TEXT NOT NULL,
  report TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE import_rows (
  fingerprint TEXT PRIMARY KEY CHECK (length(fingerprint) = 64),
  batch_id TEXT NOT NULL REFERENCES import_batches (id),
  sheet_row INTEGER NOT NULL,
  entity TEXT NOT NULL CHECK (entity IN ('subject', 'case')),
  entity_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX import_rows_batch ON import_rows (batch_id, sheet_row);
`,
}
