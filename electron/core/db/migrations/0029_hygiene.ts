import type { Migration } from '../migration'

/*
 * A unit's progress report on a task was written over by its next report for the same period, so
 * what it had reported before (推进中 and its note, an earlier evidence file) was lost from the
 * ledger. Every report becomes a row of its own: a new one voids the live one as superseded, with
 * who and when. The unique key (task, unit, period) holds over live rows only; SQLite cannot drop
 * a table's UNIQUE constraint in place, so the table is rebuilt with its rows in their order.
 */
export const m0029_hygiene: Migration = {
  version: 29,
  name: '0029_hygiene',
  sql: /* sql */ `
CREATE TABLE task_progress_v29 (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks (id),
  unit_id TEXT NOT NULL REFERENCES responsible_units (id),
  period_key TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  note TEXT NOT NULL DEFAULT '',
  file_id TEXT REFERENCES campaign_files (id),
  reported_on TEXT NOT NULL,
  done_date TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  CHECK ((status = 'done') = (done_date IS NOT NULL)),
  CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
);
INSERT INTO task_progress_v29 (id, task_id, unit_id, period_key, status, note, file_id, reported_on, done_date, created_at, created_by, updated_at, updated_by)
  SELECT id, task_id, unit_id, period_key, status, note, file_id, reported_on, done_date, created_at, created_by, updated_at, updated_by
  FROM task_progress ORDER BY rowid;
DROP TABLE task_progress;
ALTER TABLE task_progress_v29 RENAME TO task_progress;
CREATE UNIQUE INDEX task_progress_live ON task_progress (task_id, unit_id, period_key) WHERE voided_at IS NULL;
CREATE INDEX task_progress_unit ON task_progress (unit_id, status);
`,
}
