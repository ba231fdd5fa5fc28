import type { Migration } from '../migration'

const WHO = `created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`

/*
 * A recurring task (每月26日前, 每周四, 每季度末) is owed again every period, so its progress is kept
 * per period: task_progress gains period_key ('2024-03', '2024-W11', '2024-Q1', the keys of the
 * 报送 calendar; '' for a task with one deadline or none) and one row per task, unit and period.
 * Rows of recurring tasks written before keep their state in the period of the day they were
 * reported. SQLite cannot change a UNIQUE constraint in place, so the table is rebuilt.
 */
export const m0015_campaigns: Migration = {
  version: 15,
  name: '0015_campaigns',
  sql: /* sql */ `
CREATE TABLE task_progress_by_period (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks (id),
  unit_id TEXT NOT NULL REFERENCES responsible_units (id),
  period_key TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  note TEXT NOT NULL DEFAULT '',
  file_id TEXT REFERENCES campaign_files (id),
  reported_on TEXT NOT NULL,
  done_date TEXT,
  ${WHO},
  UNIQUE (task_id, unit_id, period_key),
  CHECK ((status = 'done') = (done_date IS NOT NULL))
);
INSERT INTO task_progress_by_period (id, task_id, unit_id, period_key, status, note, file_id, reported_on, done_date,
    created_at, created_by, updated_at, updated_by)
  SELECT p.id, p.task_id, p.unit_id,
    CASE
      WHEN t.recurring IS NULL THEN ''
      WHEN t.recurring GLOB 'weekly:*' THEN strftime('%G-W%V', p.reported_on)
      WHEN t.recurring = 'quarterly' THEN substr(p.reported_on, 1, 4) || '-Q' || ((CAST(substr(p.reported_on, 6, 2) AS INTEGER) + 2) / 3)
      ELSE substr(p.reported_on, 1, 7)
    END,
    p.status, p.note, p.file_id, p.reported_on, p.done_date, p.created_at, p.created_by, p.updated_at, p.updated_by
  FROM task_progress p JOIN tasks t ON t.id = p.task_id;
DROP TABLE task_progress;
ALTER TABLE task_progress_by_period RENAME TO task_progress;
CREATE INDEX task_progress_unit ON task_progress (unit_id, status);
`,
}
