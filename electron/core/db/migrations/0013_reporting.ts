import type { Migration } from '../migration'

const WHO = `created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`
const VOID = `voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT`

/**
 * 报送 (periodic reports), the fire-incident ledger and 评分 (on-site scoring), on the campaign
 * schema of 0007.
 *
 * - report_rhythms: what a campaign asks units to send and how often (tasks' rhythm notation:
 *   weekly:4, monthly:26, monthly, quarterly), with the reminder and grace days that make each
 *   period's reminder day and cut-off; who owes it: a group (every village, the campaign's units)
 *   and/or the units listed in report_rhythm_units. Periods are computed, never stored.
 * - report_submissions: one unit's report for one period, with the day the office received it;
 *   on time / late / missing are computed from that day. figures is a JSON object of numbers.
 * - report_reminders: each 催报, by letter (a notice_letter in the register) or a printed list,
 *   and the units it went to.
 * - fire_incidents: the 火灾事故登记台账 rows villages send with the weekly table, or typed in;
 *   fire_incident_cases links an incident to hazards (cases).
 * - score_items / score_targets / score_visits: the 实地评分表 of a campaign, its monthly targets,
 *   and each on-site visit's item scores.
 */
export const m0013_reporting: Migration = {
  version: 13,
  name: '0013_reporting',
  sql: /* sql */ `
CREATE TABLE report_rhythms (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  name TEXT NOT NULL,
  rhythm TEXT NOT NULL CHECK (rhythm IN ('monthly', 'quarterly')
    OR (rhythm GLOB 'monthly:[0-9]*' AND CAST(substr(rhythm, 9) AS INTEGER) BETWEEN 1 AND 31)
    OR rhythm GLOB 'weekly:[1-7]'),
  remind_days INTEGER NOT NULL CHECK (remind_days BETWEEN 0 AND 60),
  grace_days INTEGER NOT NULL CHECK (grace_days BETWEEN 0 AND 60),
  -- null: the campaign's start and end
  start_date TEXT,
  end_date TEXT,
  owner_group TEXT CHECK (owner_group IN ('villages', 'campaign_units')),
  -- the figures each report gives, in order (JSON array of labels, e.g. ["排查户数","发现隐患"])
  figure_labels TEXT NOT NULL DEFAULT '[]',
  -- the report comes with 火灾事故登记台账 rows
  with_incidents INTEGER NOT NULL DEFAULT 0 CHECK (with_incidents IN (0, 1)),
  ${VOID},
  ${WHO},
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX report_rhythms_campaign ON report_rhythms (campaign_id) WHERE voided_at IS NULL;

CREATE TABLE report_rhythm_units (
  rhythm_id TEXT NOT NULL REFERENCES report_rhythms (id),
  unit_id TEXT NOT NULL REFERENCES responsible_units (id),
  PRIMARY KEY (rhythm_id, unit_id)
);

CREATE TABLE report_submissions (
  id TEXT PRIMARY KEY,
  rhythm_id TEXT NOT NULL REFERENCES report_rhythms (id),
  unit_id TEXT NOT NULL REFERENCES responsible_units (id),
  period_key TEXT NOT NULL,
  received_date TEXT NOT NULL,
  content TEXT NOT NULL DEFAULT '',
  figures TEXT NOT NULL DEFAULT '{}',
  file_id TEXT REFERENCES campaign_files (id),
  ${VOID},
  ${WHO}
);
CREATE UNIQUE INDEX report_submissions_live ON report_submissions (rhythm_id, period_key, unit_id) WHERE voided_at IS NULL;
CREATE INDEX report_submissions_unit ON report_submissions (unit_id, rhythm_id) WHERE voided_at IS NULL;
CREATE TRIGGER report_submissions_no_delete BEFORE DELETE ON report_submissions
BEGIN SELECT RAISE(ABORT, 'submissions are voided, never deleted'); END;

CREATE TABLE report_reminders (
  id TEXT PRIMARY KEY,
  rhythm_id TEXT NOT NULL REFERENCES report_rhythms (id),
  period_key TEXT NOT NULL,
  date TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('letter', 'list')),
  document_id TEXT REFERENCES documents (id),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  CHECK ((method = 'letter') = (document_id IS NOT NULL))
);
CREATE INDEX report_reminders_period ON report_reminders (rhythm_id, period_key);
CREATE TABLE report_reminder_units (
  reminder_id TEXT NOT NULL REFERENCES report_reminders (id),
  unit_id TEXT NOT NULL REFERENCES responsible_units (id),
  PRIMARY KEY (reminder_id, unit_id)
);
CREATE TRIGGER report_reminders_no_update BEFORE UPDATE ON report_reminders
BEGIN SELECT RAISE(ABORT, 'reminders are append-only'); END;
CREATE TRIGGER report_reminders_no_delete BEFORE DELETE ON report_reminders
BEGIN SELECT RAISE(ABORT, 'reminders are append-only'); END;

CREATE TABLE fire_incidents (
  id TEXT PRIMARY KEY,
  campaign_id TEXT REFERENCES campaigns (id),
  -- the village or department that reported it, and the weekly report it came with
  unit_id TEXT REFERENCES responsible_units (id),
  submission_id TEXT REFERENCES report_submissions (id),
  occurred_on TEXT NOT NULL,
  place TEXT NOT NULL,
  -- 单位/户主 as reported; subject_id when it is a supervised unit
  party TEXT NOT NULL DEFAULT '',
  subject_id TEXT REFERENCES subjects (id),
  cause TEXT NOT NULL DEFAULT '',
  deaths INTEGER NOT NULL DEFAULT 0 CHECK (deaths >= 0),
  injuries INTEGER NOT NULL DEFAULT 0 CHECK (injuries >= 0),
  -- 直接财产损失, in 元
  loss_yuan REAL NOT NULL DEFAULT 0 CHECK (loss_yuan >= 0),
  notes TEXT NOT NULL DEFAULT '',
  ${VOID},
  ${WHO}
);
CREATE INDEX fire_incidents_date ON fire_incidents (occurred_on) WHERE voided_at IS NULL;
CREATE INDEX fire_incidents_unit ON fire_incidents (unit_id, occurred_on) WHERE voided_at IS NULL;
CREATE INDEX fire_incidents_submission ON fire_incidents (submission_id) WHERE submission_id IS NOT NULL;
CREATE TRIGGER fire_incidents_no_delete BEFORE DELETE ON fire_incidents
BEGIN SELECT RAISE(ABORT, 'incidents are voided, never deleted'); END;

CREATE TABLE fire_incident_cases (
  incident_id TEXT NOT NULL REFERENCES fire_incidents (id),
  case_id TEXT NOT NULL REFERENCES cases (id),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (incident_id, case_id)
);
CREATE INDEX fire_incident_cases_case ON fire_incident_cases (case_id);

CREATE TABLE score_items (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  title TEXT NOT NULL,
  points REAL NOT NULL CHECK (points > 0),
  ${VOID},
  ${WHO}
);
CREATE INDEX score_items_campaign ON score_items (campaign_id, seq) WHERE voided_at IS NULL;

CREATE TABLE score_targets (
  campaign_id TEXT PRIMARY KEY REFERENCES campaigns (id),
  villages_per_month INTEGER NOT NULL CHECK (villages_per_month >= 0),
  households_per_month INTEGER NOT NULL CHECK (households_per_month >= 0),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE score_visits (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  unit_id TEXT NOT NULL REFERENCES responsible_units (id),
  visit_date TEXT NOT NULL,
  households INTEGER NOT NULL DEFAULT 0 CHECK (households >= 0),
  inspectors TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  ${VOID},
  ${WHO}
);
CREATE INDEX score_visits_campaign ON score_visits (campaign_id, visit_date) WHERE voided_at IS NULL;

-- One row per item scored; max_points is the item's points when scored, so editing the table later
-- does not change a past visit's score.
CREATE TABLE score_visit_items (
  visit_id TEXT NOT NULL REFERENCES score_visits (id),
  item_id TEXT NOT NULL REFERENCES score_items (id),
  score REAL NOT NULL CHECK (score >= 0),
  max_points REAL NOT NULL CHECK (max_points > 0),
  PRIMARY KEY (visit_id, item_id),
  CHECK (score <= max_points)
);
`,
}
