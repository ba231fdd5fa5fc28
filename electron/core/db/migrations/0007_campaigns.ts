import type { Migration } from '../migration'

const WHO = `created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`
const VOID = `voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT`

/**
 * Campaigns (专项行动) and their task lists (任务清单).
 *
 * - responsible_units: the township's departments, offices and stations, and one row per village
 *   (area), kept in step with the areas by triggers so every village is always a unit. Not a
 *   supervised subject, but may point at one. aliases holds other spellings met in notices
 *   (["村镇办"] for 村镇建设办), so a mapped name is recognised the next time.
 * - campaigns, their stages (动员部署 / 集中整治 / 巩固提升 / 总结) and the units taking part
 *   (各有关单位 = exactly these).
 * - tasks with their 时限 as written (due_text) and what it means: a date, a rhythm, or neither.
 * - task_units: the names as the list wrote them, in order, each resolved to a unit or to a group
 *   (各村（社区） = every village, 各有关单位 = the campaign's units).
 * - task_progress: per task and unit; 逾期 is computed (not done and the deadline has passed).
 * - task_escalations: the 函告, 工作约谈 and 通报 issued about a task and a unit.
 * - campaign_files: the notice and evidence files, stored like case attachments (by hash).
 * - campaign_id on cases, inspections, interviews, supervisions and documents: the campaign tag.
 */
export const m0007_campaigns: Migration = {
  version: 7,
  name: '0007_campaigns',
  sql: /* sql */ `
CREATE TABLE responsible_units (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  unit_type TEXT NOT NULL CHECK (unit_type IN ('department', 'village')),
  area_id TEXT REFERENCES areas (id),
  subject_id TEXT REFERENCES subjects (id),
  aliases TEXT NOT NULL DEFAULT '[]',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  ${VOID},
  ${WHO},
  CHECK ((unit_type = 'village') = (area_id IS NOT NULL))
);
CREATE UNIQUE INDEX responsible_units_name_live ON responsible_units (name) WHERE voided_at IS NULL;
CREATE UNIQUE INDEX responsible_units_area ON responsible_units (area_id) WHERE area_id IS NOT NULL;

-- Every village is a unit: its id is 'ru' + the area's id, its contact the village head.
INSERT OR IGNORE INTO responsible_units (id, name, unit_type, area_id, contact_name, contact_phone, sort_order,
  voided_at, void_reason, voided_by, created_at, created_by, updated_at, updated_by)
  SELECT 'ru' || id, name, 'village', id, head_name, head_phone, 1000 + sort_order,
    voided_at, void_reason, CASE WHEN voided_at IS NULL THEN NULL ELSE updated_by END, created_at, created_by, updated_at, updated_by
  FROM areas ORDER BY sort_order, name;
CREATE TRIGGER areas_to_units_insert AFTER INSERT ON areas BEGIN
  INSERT OR IGNORE INTO responsible_units (id, name, unit_type, area_id, contact_name, contact_phone, sort_order,
    created_at, created_by, updated_at, updated_by)
  VALUES ('ru' || new.id, new.name, 'village', new.id, new.head_name, new.head_phone, 1000 + new.sort_order,
    new.created_at, new.created_by, new.updated_at, new.updated_by);
END;
CREATE TRIGGER areas_to_units_update AFTER UPDATE OF name, voided_at, sort_order ON areas BEGIN
  UPDATE responsible_units SET name = new.name, sort_order = 1000 + new.sort_order,
    voided_at = new.voided_at, void_reason = new.void_reason,
    voided_by = CASE WHEN new.voided_at IS NULL THEN NULL ELSE new.updated_by END,
    updated_at = new.updated_at, updated_by = new.updated_by
  WHERE area_id = new.id;
END;

CREATE TABLE campaigns (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- The notice it came from: 文号 and title as printed; the file, if kept, in campaign_files.
  notice_number TEXT NOT NULL DEFAULT '',
  notice_title TEXT NOT NULL DEFAULT '',
  notice_file_id TEXT,
  -- The year a date without one takes ("3月底前" → year-03-31).
  year INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  -- Null while the end is an event ("至2021年全国'两会'结束"); end_text keeps the words.
  end_date TEXT,
  end_text TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('active', 'closed', 'voided')),
  notes TEXT NOT NULL DEFAULT '',
  closed_date TEXT,
  ${VOID},
  ${WHO},
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((status = 'voided') = (voided_at IS NOT NULL))
);
CREATE UNIQUE INDEX campaigns_name_live ON campaigns (name) WHERE voided_at IS NULL;
CREATE INDEX campaigns_start ON campaigns (start_date);

CREATE TABLE campaign_stages (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  stage TEXT NOT NULL CHECK (stage IN ('mobilize', 'rectify', 'consolidate', 'summary')),
  start_date TEXT,
  end_date TEXT,
  -- The stage's dates as the notice wrote them ("2021年全国'两会'结束后7日内").
  date_text TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (campaign_id, stage),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE campaign_units (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  unit_id TEXT NOT NULL REFERENCES responsible_units (id),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (campaign_id, unit_id)
);
CREATE INDEX campaign_units_unit ON campaign_units (unit_id);

CREATE TABLE campaign_files (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  purpose TEXT NOT NULL CHECK (purpose IN ('notice', 'evidence', 'other')),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size > 0),
  mime TEXT NOT NULL,
  original_name TEXT NOT NULL,
  ${VOID},
  ${WHO}
);
CREATE INDEX campaign_files_campaign ON campaign_files (campaign_id, created_at);

CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  title TEXT NOT NULL DEFAULT '',
  content TEXT NOT NULL,
  -- 时限 as written, and what it means: a date, a rhythm, or neither (长期坚持).
  due_text TEXT NOT NULL DEFAULT '',
  deadline TEXT,
  recurring TEXT CHECK (recurring IS NULL OR recurring IN ('monthly', 'quarterly')
    OR (recurring GLOB 'monthly:[0-9]*' AND CAST(substr(recurring, 9) AS INTEGER) BETWEEN 1 AND 31)
    OR recurring GLOB 'weekly:[1-7]'),
  status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'voided')),
  -- 销号 by the office.
  closed_date TEXT,
  closed_by TEXT,
  close_note TEXT NOT NULL DEFAULT '',
  import_batch_id TEXT,
  ${VOID},
  ${WHO},
  CHECK ((status = 'closed') = (closed_date IS NOT NULL)),
  CHECK ((status = 'voided') = (voided_at IS NOT NULL))
);
CREATE UNIQUE INDEX tasks_seq_live ON tasks (campaign_id, seq) WHERE voided_at IS NULL;
-- Open dated tasks by deadline: the dashboard's due-soon and overdue counts read this small index.
CREATE INDEX tasks_open_deadline ON tasks (deadline, campaign_id) WHERE status = 'open' AND deadline IS NOT NULL;
CREATE TRIGGER tasks_no_delete BEFORE DELETE ON tasks
BEGIN SELECT RAISE(ABORT, 'tasks are voided, never deleted'); END;

CREATE TABLE task_units (
  task_id TEXT NOT NULL REFERENCES tasks (id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'helper')),
  position INTEGER NOT NULL,
  -- The name as the list wrote it (NFKC); resolved to one unit, or to a group.
  written_name TEXT NOT NULL,
  unit_id TEXT REFERENCES responsible_units (id),
  group_kind TEXT CHECK (group_kind IN ('villages', 'campaign_units')),
  PRIMARY KEY (task_id, role, position),
  CHECK ((unit_id IS NULL) <> (group_kind IS NULL))
);
CREATE INDEX task_units_unit ON task_units (unit_id) WHERE unit_id IS NOT NULL;

CREATE TABLE task_progress (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks (id),
  unit_id TEXT NOT NULL REFERENCES responsible_units (id),
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  note TEXT NOT NULL DEFAULT '',
  file_id TEXT REFERENCES campaign_files (id),
  reported_on TEXT NOT NULL,
  done_date TEXT,
  ${WHO},
  UNIQUE (task_id, unit_id),
  CHECK ((status = 'done') = (done_date IS NOT NULL))
);
CREATE INDEX task_progress_unit ON task_progress (unit_id, status);

-- The ladder for lagging task work (函告 → 工作约谈 → 通报): each step taken about a task and a unit.
CREATE TABLE task_escalations (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks (id),
  unit_id TEXT NOT NULL REFERENCES responsible_units (id),
  rung TEXT NOT NULL CHECK (rung IN ('letter', 'interview', 'circular')),
  document_id TEXT REFERENCES documents (id),
  interview_id TEXT REFERENCES interviews (id),
  date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  CHECK (document_id IS NOT NULL OR interview_id IS NOT NULL)
);
CREATE INDEX task_escalations_task ON task_escalations (task_id, unit_id);
CREATE TRIGGER task_escalations_no_update BEFORE UPDATE ON task_escalations
BEGIN SELECT RAISE(ABORT, 'escalation steps are append-only'); END;
CREATE TRIGGER task_escalations_no_delete BEFORE DELETE ON task_escalations
BEGIN SELECT RAISE(ABORT, 'escalation steps are append-only'); END;

ALTER TABLE cases ADD COLUMN campaign_id TEXT REFERENCES campaigns (id);
ALTER TABLE inspections ADD COLUMN campaign_id TEXT REFERENCES campaigns (id);
ALTER TABLE interviews ADD COLUMN campaign_id TEXT REFERENCES campaigns (id);
ALTER TABLE supervisions ADD COLUMN campaign_id TEXT REFERENCES campaigns (id);
ALTER TABLE documents ADD COLUMN campaign_id TEXT REFERENCES campaigns (id);
CREATE INDEX cases_campaign ON cases (campaign_id, status, deadline) WHERE campaign_id IS NOT NULL;
CREATE INDEX inspections_campaign ON inspections (campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX interviews_campaign ON interviews (campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX supervisions_campaign ON supervisions (campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX documents_campaign ON documents (campaign_id, kind) WHERE campaign_id IS NOT NULL;
`,
}
