import type { Migration } from '../migration'

/**
 * Inspections as records of their own (issue 11 points 5-7): the roster of inspectors and 网格员
 * chosen on an inspection, voiding a mistaken inspection, 回头看 (re-visits of closed cases with
 * 保持 / 反弹, a relapse linked to the new case it opened), and the history of a unit's 绿灰黄红
 * colour with the reason of each change. The inspections table itself (0002) and its campaign tag
 * (0007) stay as they are.
 */
export const m0009_inspections: Migration = {
  version: 9,
  name: '0009_inspections',
  sql: /* sql */ `
CREATE TABLE inspectors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('inspector', 'grid_worker')),
  area_id TEXT REFERENCES areas (id),
  grid TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX inspectors_name ON inspectors (name);
CREATE TRIGGER inspectors_no_delete BEFORE DELETE ON inspectors
BEGIN SELECT RAISE(ABORT, 'inspectors are voided, never deleted'); END;

-- Who went on an inspection, in the order chosen; inspections.inspectors keeps the names as written.
CREATE TABLE inspection_inspectors (
  inspection_id TEXT NOT NULL REFERENCES inspections (id),
  inspector_id TEXT NOT NULL REFERENCES inspectors (id),
  seq INTEGER NOT NULL,
  PRIMARY KEY (inspection_id, inspector_id)
);
CREATE INDEX inspection_inspectors_inspector ON inspection_inspectors (inspector_id);
CREATE TRIGGER inspection_inspectors_no_delete BEFORE DELETE ON inspection_inspectors
BEGIN SELECT RAISE(ABORT, 'an inspection keeps its inspectors'); END;

ALTER TABLE inspections ADD COLUMN voided_at TEXT;
ALTER TABLE inspections ADD COLUMN void_reason TEXT;
ALTER TABLE inspections ADD COLUMN voided_by TEXT;
-- Coverage (检查率) reads only indexes: the live inspections of a period with their unit and kind,
-- the units counted by village, grid and kind, a unit's group by its id, and whether an
-- inspection found anything.
CREATE INDEX inspections_coverage ON inspections (inspected_on, subject_id, source, voided_at, id) WHERE voided_at IS NULL;
CREATE INDEX subjects_coverage ON subjects (area_id, grid, kind_id, voided_at);
CREATE INDEX subjects_group ON subjects (id, area_id, grid, kind_id, voided_at);
CREATE INDEX cases_inspection_status ON cases (inspection_id, status) WHERE inspection_id IS NOT NULL;
CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections
BEGIN SELECT RAISE(ABORT, 'inspections are voided, never deleted'); END;

-- A 回头看 round: the criteria it was picked by (as JSON, for the record) and the list it made.
CREATE TABLE revisits (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  campaign_id TEXT REFERENCES campaigns (id),
  criteria TEXT NOT NULL,
  sample_percent INTEGER CHECK (sample_percent IS NULL OR sample_percent BETWEEN 1 AND 100),
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX revisits_created ON revisits (created_at);

CREATE TABLE revisit_items (
  id TEXT PRIMARY KEY,
  revisit_id TEXT NOT NULL REFERENCES revisits (id),
  case_id TEXT NOT NULL REFERENCES cases (id),
  seq INTEGER NOT NULL,
  outcome TEXT CHECK (outcome IN ('kept', 'relapsed')),
  checked_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  -- The case a relapse opened, linked to the closed one this item re-visited.
  new_case_id TEXT REFERENCES cases (id),
  recorded_at TEXT,
  recorded_by TEXT,
  UNIQUE (revisit_id, case_id),
  CHECK ((outcome IS NULL) = (checked_on IS NULL)),
  CHECK (new_case_id IS NULL OR outcome = 'relapsed')
);
CREATE INDEX revisit_items_case ON revisit_items (case_id);
CREATE INDEX revisit_items_new_case ON revisit_items (new_case_id) WHERE new_case_id IS NOT NULL;
CREATE INDEX revisit_items_checked ON revisit_items (checked_on, outcome) WHERE outcome IS NOT NULL;
CREATE TRIGGER revisit_items_no_delete BEFORE DELETE ON revisit_items
BEGIN SELECT RAISE(ABORT, 'revisit items are kept'); END;

-- Every 绿灰黄红 colour a unit has had: the first when it was registered, then each change. The
-- triggers record changes made by any path; a change made with a reason fills the reason in.
CREATE TABLE subject_colors (
  rid INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_id TEXT NOT NULL REFERENCES subjects (id),
  from_color TEXT CHECK (from_color IN ('green', 'grey', 'yellow', 'red')),
  to_color TEXT NOT NULL CHECK (to_color IN ('green', 'grey', 'yellow', 'red')),
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX subject_colors_subject ON subject_colors (subject_id, rid);
CREATE TRIGGER subject_colors_no_delete BEFORE DELETE ON subject_colors
BEGIN SELECT RAISE(ABORT, 'colour history is kept'); END;
INSERT INTO subject_colors (subject_id, from_color, to_color, at, by)
  SELECT id, NULL, risk_color, created_at, created_by FROM subjects ORDER BY created_at, id;
CREATE TRIGGER subjects_color_insert AFTER INSERT ON subjects BEGIN
  INSERT INTO subject_colors (subject_id, from_color, to_color, at, by) VALUES (new.id, NULL, new.risk_color, new.created_at, new.created_by);
END;
CREATE TRIGGER subjects_color_update AFTER UPDATE OF risk_color ON subjects WHEN new.risk_color <> old.risk_color BEGIN
  INSERT INTO subject_colors (subject_id, from_color, to_color, at, by) VALUES (new.id, old.risk_color, new.risk_color, new.updated_at, new.updated_by);
END;
`,
}
