import type { Migration } from '../migration'

/*
 * A unit's progress report on a task was written over by its next report for the same period, so
 * what it had reported before (推进中 and its note, an earlier evidence file) was lost from the
 * ledger. Every report becomes a row of its own: a new one voids the live one as superseded, with
 * who and when. The unique key (task, unit, period) holds over live rows only; SQLite cannot drop
 * a table's UNIQUE constraint in place, so the table is rebuilt with its rows in their order.
 */
/*
 * The ledger's tables that still took a DELETE: no code deletes from them (a record entered by
 * mistake is voided with a reason; a link or a report is voided when it goes), so a DELETE can
 * only come from a hand edit or a bug, and the ledger would lose the record with no trace. Each
 * is refused, naming the record in Chinese. Left without one: what the app writes over by design
 * or rebuilds — settings, score_targets (a campaign's two targets), app_starts, the search and
 * month-count tables kept by triggers, schema_migrations.
 */
const GUARDED: readonly (readonly [table: string, name: string])[] = [
  ['areas', '村（社区）'],
  ['attachments', '照片和附件'],
  ['campaign_files', '专项行动的文件'],
  ['campaigns', '专项行动'],
  ['case_categories', '隐患类别'],
  ['cases', '隐患'],
  ['doc_counters', '文号的编号记录'],
  ['document_batches', '批量文书'],
  ['document_cases', '文书关联的隐患'],
  ['document_templates', '签发文书所用的模板'],
  ['import_batches', '导入记录'],
  ['import_rows', '导入的行'],
  ['interviews', '约谈'],
  ['report_reminder_units', '催报的单位'],
  ['report_rhythms', '报送事项'],
  ['responsible_units', '责任单位'],
  ['revisits', '回头看'],
  ['score_items', '评分项'],
  ['score_visit_items', '检查评分的得分'],
  ['score_visits', '检查评分'],
  ['subject_kinds', '场所类别'],
  ['subjects', '监管对象'],
  ['task_progress', '任务进展'],
  ['task_units', '任务的责任单位'],
]

const guard = ([table, name]: readonly [string, string]): string =>
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${name}不能删除：台账记录只作废并写明原因，不删除'); END;`

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
${GUARDED.map(guard).join('\n')}
`,
}
