import type { Migration } from '../migration'

/**
 * Escalation (预警 → 函告 → 约谈 → 督办 → 通报): interviews (约谈) with their interviewees, the cases
 * they concern, the minutes' 问/答 and the commitments made; formal supervision (挂牌督办) of a case
 * with its progress reports; and the escalation steps that link an issued letter or circular to
 * every case it concerns (a 函告 or a 通报 may name many). Nothing here is deleted: interviews,
 * commitments and supervisions are voided with a reason; reports and steps are append-only.
 */
export const m0005_escalation: Migration = {
  version: 5,
  name: '0005_escalation',
  sql: /* sql */ `
CREATE TABLE interviews (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('warning', 'reminder', 'supervision', 'work')),
  status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'minuted', 'voided')),
  -- Whom the interview calls to account: a unit, a village/community, or a town department named in org_name.
  subject_id TEXT REFERENCES subjects (id),
  area_id TEXT REFERENCES areas (id),
  org_name TEXT NOT NULL DEFAULT '',
  -- [{name, unit, post, phone}], in the order the minutes list them.
  interviewees TEXT NOT NULL,
  interviewers TEXT NOT NULL,
  recorder TEXT NOT NULL DEFAULT '',
  -- Appointment as YYYY-MM-DDTHH:mm, local time.
  planned_at TEXT NOT NULL,
  place TEXT NOT NULL,
  reason TEXT NOT NULL,
  bring TEXT NOT NULL DEFAULT '',
  -- The minutes: when it was actually held, who attended, and the [{question, answer}] exchanges.
  started_at TEXT,
  ended_at TEXT,
  attendees TEXT NOT NULL DEFAULT '',
  exchanges TEXT NOT NULL DEFAULT '[]',
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK ((status = 'voided') = (voided_at IS NOT NULL)),
  CHECK (status NOT IN ('held', 'minuted') OR (started_at IS NOT NULL AND ended_at IS NOT NULL))
);
CREATE INDEX interviews_planned ON interviews (planned_at);
CREATE INDEX interviews_subject ON interviews (subject_id) WHERE subject_id IS NOT NULL;
CREATE INDEX interviews_area ON interviews (area_id) WHERE area_id IS NOT NULL;

CREATE TABLE interview_cases (
  interview_id TEXT NOT NULL REFERENCES interviews (id),
  case_id TEXT NOT NULL REFERENCES cases (id),
  PRIMARY KEY (interview_id, case_id)
);
CREATE INDEX interview_cases_case ON interview_cases (case_id);
CREATE TRIGGER interview_cases_no_delete BEFORE DELETE ON interview_cases
BEGIN SELECT RAISE(ABORT, 'an interview keeps the cases it concerned'); END;

CREATE TABLE interview_commitments (
  id TEXT PRIMARY KEY,
  interview_id TEXT NOT NULL REFERENCES interviews (id),
  seq INTEGER NOT NULL,
  content TEXT NOT NULL,
  deadline TEXT NOT NULL,
  closed_date TEXT,
  closed_by TEXT,
  close_note TEXT NOT NULL DEFAULT '',
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (interview_id, seq)
);
-- Open commitments by deadline: the dashboard's overdue commitments read this small index.
CREATE INDEX interview_commitments_open ON interview_commitments (deadline) WHERE closed_date IS NULL AND voided_at IS NULL;
CREATE TRIGGER interview_commitments_no_delete BEFORE DELETE ON interview_commitments
BEGIN SELECT RAISE(ABORT, 'commitments are voided, never deleted'); END;

CREATE TABLE supervisions (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  status TEXT NOT NULL CHECK (status IN ('active', 'lifted', 'voided')),
  office TEXT NOT NULL,
  lead_department TEXT NOT NULL,
  -- ["…", "…"]
  supporting_departments TEXT NOT NULL DEFAULT '[]',
  responsible_person TEXT NOT NULL,
  responsible_phone TEXT NOT NULL DEFAULT '',
  -- 五落实: responsibility, measures, funding, time limit, contingency plan.
  duty TEXT NOT NULL,
  measures TEXT NOT NULL,
  funding TEXT NOT NULL,
  fix_deadline TEXT NOT NULL,
  contingency TEXT NOT NULL,
  start_date TEXT NOT NULL,
  supervision_deadline TEXT NOT NULL,
  report_rhythm TEXT NOT NULL CHECK (report_rhythm IN ('weekly', 'fortnightly', 'monthly')),
  lifted_date TEXT,
  lifted_by TEXT,
  lift_note TEXT NOT NULL DEFAULT '',
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK (supervision_deadline >= start_date),
  CHECK ((status = 'lifted') = (lifted_date IS NOT NULL)),
  CHECK ((status = 'voided') = (voided_at IS NOT NULL))
);
-- A case is under at most one live supervision.
CREATE UNIQUE INDEX supervisions_case_active ON supervisions (case_id) WHERE status = 'active';
CREATE INDEX supervisions_case ON supervisions (case_id);
CREATE TRIGGER supervisions_no_delete BEFORE DELETE ON supervisions
BEGIN SELECT RAISE(ABORT, 'supervisions are voided, never deleted'); END;

CREATE TABLE supervision_reports (
  id TEXT PRIMARY KEY,
  supervision_id TEXT NOT NULL REFERENCES supervisions (id),
  date TEXT NOT NULL,
  progress TEXT NOT NULL,
  reported_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX supervision_reports_supervision ON supervision_reports (supervision_id, date);
CREATE TRIGGER supervision_reports_no_update BEFORE UPDATE ON supervision_reports
BEGIN SELECT RAISE(ABORT, 'progress reports are append-only'); END;
CREATE TRIGGER supervision_reports_no_delete BEFORE DELETE ON supervision_reports
BEGIN SELECT RAISE(ABORT, 'progress reports are append-only'); END;

-- Every case an issued 警示函, 函告 or 通报 concerns; the document's own case_id names at most one.
CREATE TABLE escalation_steps (
  document_id TEXT NOT NULL REFERENCES documents (id),
  case_id TEXT NOT NULL REFERENCES cases (id),
  rung TEXT NOT NULL CHECK (rung IN ('warning', 'letter', 'circular')),
  date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (document_id, case_id)
);
CREATE INDEX escalation_steps_case ON escalation_steps (case_id);
CREATE TRIGGER escalation_steps_no_update BEFORE UPDATE ON escalation_steps
BEGIN SELECT RAISE(ABORT, 'escalation steps are append-only'); END;
CREATE TRIGGER escalation_steps_no_delete BEFORE DELETE ON escalation_steps
BEGIN SELECT RAISE(ABORT, 'escalation steps are append-only'); END;
`,
}
