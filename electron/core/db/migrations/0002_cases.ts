import type { Migration } from '../migration'

const SEED_AT = '2024-01-01T00:00:00.000Z'
const categories = [
  '违规用火用电用气',
  '占用堵塞疏散通道/安全出口',
  '占用消防车通道',
  '消防设施损坏停用',
  '违规住人',
  '电动自行车违规停放充电',
  '易燃可燃材料装修/夹芯板',
  '违章搭建',
  '易燃易爆品违规存放',
  '防火分隔不到位',
  '消防安全管理不落实',
  '其他',
]
const categoryRows = categories
  .map((name, i) => {
    const n = String(i + 1).padStart(2, '0')
    return `  ('cc${n}', '${name}', ${i + 1}, '${SEED_AT}', '系统', '${SEED_AT}', '系统')`
  })
  .join(',\n')

const SOURCES = "'routine', 'special', 'joint', 'night', 'report', 'assigned', 'media'"
const OPEN = "('registered', 'noticed', 'rectifying', 'awaiting_recheck', 'recheck_passed')"
/** Filter and sort columns carried by the wide indexes, so counts and page choices never read the table. */
const FILTERS = ['status', 'deadline', 'found_date', 'area_id', 'category_id', 'severity', 'source', 'subject_kind_id', 'updated_at']
const wide = (lead: string) => [lead, ...FILTERS.filter((c) => c !== lead)].join(', ')

/** The searchable text of a case: its fields joined by newlines (no typed term spans two of them), ASCII lower-cased. */
const caseText = (c: string, subjectName: string) =>
  `lower(${c}.number || char(10) || ${c}.description || char(10) || ${c}.requirement || char(10) || ${subjectName} || char(10) || ${c}.inspectors)`
const subjectText = (s: string) =>
  `lower(${s}.name || char(10) || ${s}.address || char(10) || ${s}.responsible_name || char(10) || ${s}.manager_name || char(10) || coalesce(${s}.credit_code, ''))`

export const m0002_cases: Migration = {
  version: 2,
  name: '0002_cases',
  sql: /* sql */ `
CREATE TABLE case_categories (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  voided_at TEXT,
  void_reason TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX case_categories_name_live ON case_categories (name) WHERE voided_at IS NULL;
INSERT INTO case_categories (id, name, sort_order, created_at, created_by, updated_at, updated_by) VALUES
${categoryRows};

CREATE TABLE inspections (
  id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL REFERENCES subjects (id),
  area_id TEXT NOT NULL REFERENCES areas (id),
  inspected_on TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN (${SOURCES})),
  inspectors TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX inspections_subject ON inspections (subject_id, inspected_on);
CREATE INDEX inspections_date ON inspections (inspected_on);

CREATE TABLE cases (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  subject_id TEXT NOT NULL REFERENCES subjects (id),
  -- The subject's area when the case was registered: a case belongs to an area for good.
  area_id TEXT NOT NULL REFERENCES areas (id),
  -- The subject's kind, kept in step with the subject by a trigger (the list filters on it).
  subject_kind_id TEXT NOT NULL REFERENCES subject_kinds (id),
  inspection_id TEXT REFERENCES inspections (id),
  found_date TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN (${SOURCES})),
  category_id TEXT NOT NULL REFERENCES case_categories (id),
  severity TEXT NOT NULL CHECK (severity IN ('general', 'major')),
  description TEXT NOT NULL,
  legal_basis TEXT NOT NULL DEFAULT '',
  requirement TEXT NOT NULL DEFAULT '',
  deadline TEXT NOT NULL,
  inspectors TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('registered', 'noticed', 'rectifying', 'awaiting_recheck', 'recheck_passed', 'closed', 'voided')),
  escalated INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
  closed_date TEXT,
  closed_by TEXT,
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK (deadline >= found_date),
  CHECK ((status = 'closed') = (closed_date IS NOT NULL)),
  CHECK ((status = 'voided') = (voided_at IS NOT NULL))
);
CREATE UNIQUE INDEX cases_number ON cases (year, seq);
CREATE INDEX cases_subject ON cases (subject_id, found_date);
CREATE INDEX cases_inspection ON cases (inspection_id) WHERE inspection_id IS NOT NULL;
-- Wide indexes: each leads with what a list filters or sorts on and carries the other filter
-- columns, so a count or the choice of a page is answered from the index alone.
CREATE INDEX cases_found ON cases (${wide('found_date')});
CREATE INDEX cases_deadline ON cases (${wide('deadline')});
CREATE INDEX cases_status ON cases (${wide('status')});
CREATE INDEX cases_area ON cases (${wide('area_id')});
CREATE INDEX cases_category ON cases (${wide('category_id')});
CREATE INDEX cases_kind ON cases (${wide('subject_kind_id')});
CREATE INDEX cases_updated ON cases (${wide('updated_at')});
-- Keyed by rid: the cases a text search matched are checked against the filters here, in a
-- narrow index, instead of in the wide rows of the table. found_date comes second because it is
-- only ever a range, so a list of statuses never multiplies the lookups.
CREATE INDEX cases_rid ON cases (rid, ${wide('found_date')});
-- Open cases only: the dashboard and "overdue" read this small index, which a closed ledger does not grow.
CREATE INDEX cases_open ON cases (${wide('deadline')}) WHERE status IN ${OPEN};

CREATE TRIGGER subjects_kind_to_cases AFTER UPDATE OF kind_id ON subjects BEGIN
  UPDATE cases SET subject_kind_id = new.kind_id WHERE subject_id = new.id;
END;

CREATE TABLE case_events (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  at TEXT NOT NULL,
  date TEXT NOT NULL,
  operator TEXT NOT NULL,
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL DEFAULT '{}',
  -- The documents table comes with a later migration; until then this is a plain reference.
  document_id TEXT
);
CREATE INDEX case_events_case ON case_events (case_id);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size > 0),
  mime TEXT NOT NULL,
  original_name TEXT NOT NULL,
  phase TEXT NOT NULL CHECK (phase IN ('before', 'after', 'other')),
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX attachments_case ON attachments (case_id, created_at);
CREATE INDEX attachments_sha ON attachments (sha256);

-- The day each run of the app started, for "what became overdue since the last start".
CREATE TABLE app_starts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  date TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE subject_search (
  rid INTEGER PRIMARY KEY,
  subject_id TEXT NOT NULL UNIQUE REFERENCES subjects (id),
  text TEXT NOT NULL
);
CREATE TABLE case_search (
  rid INTEGER PRIMARY KEY REFERENCES cases (rid),
  text TEXT NOT NULL
);
CREATE VIRTUAL TABLE subjects_fts USING fts5 (text, content = 'subject_search', content_rowid = 'rid', tokenize = 'trigram');
CREATE VIRTUAL TABLE cases_fts USING fts5 (text, content = 'case_search', content_rowid = 'rid', tokenize = 'trigram');

INSERT INTO subject_search (subject_id, text) SELECT s.id, ${subjectText('s')} FROM subjects s ORDER BY s.created_at, s.id;
INSERT INTO subjects_fts (subjects_fts) VALUES ('rebuild');

CREATE TRIGGER subjects_search_insert AFTER INSERT ON subjects BEGIN
  INSERT INTO subject_search (subject_id, text) VALUES (new.id, ${subjectText('new')});
  INSERT INTO subjects_fts (rowid, text) SELECT rid, text FROM subject_search WHERE subject_id = new.id;
END;

CREATE TRIGGER subjects_search_update AFTER UPDATE OF name, address, responsible_name, manager_name, credit_code ON subjects BEGIN
  INSERT INTO subjects_fts (subjects_fts, rowid, text) SELECT 'delete', rid, text FROM subject_search WHERE subject_id = old.id;
  UPDATE subject_search SET text = ${subjectText('new')} WHERE subject_id = new.id;
  INSERT INTO subjects_fts (rowid, text) SELECT rid, text FROM subject_search WHERE subject_id = new.id;
  -- A renamed subject is found under its new name in its cases too.
  INSERT INTO cases_fts (cases_fts, rowid, text)
    SELECT 'delete', cs.rid, cs.text FROM cases c JOIN case_search cs ON cs.rid = c.rid WHERE new.name <> old.name AND c.subject_id = new.id;
  UPDATE case_search SET text = (SELECT ${caseText('c', 'new.name')} FROM cases c WHERE c.rid = case_search.rid)
    WHERE new.name <> old.name AND rid IN (SELECT rid FROM cases WHERE subject_id = new.id);
  INSERT INTO cases_fts (rowid, text)
    SELECT cs.rid, cs.text FROM cases c JOIN case_search cs ON cs.rid = c.rid WHERE new.name <> old.name AND c.subject_id = new.id;
END;

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_search (rid, text) VALUES (new.rid, ${caseText('new', '(SELECT name FROM subjects WHERE id = new.subject_id)')});
  INSERT INTO cases_fts (rowid, text) SELECT rid, text FROM case_search WHERE rid = new.rid;
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF number, description, requirement, subject_id, inspectors ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, text) SELECT 'delete', rid, text FROM case_search WHERE rid = old.rid;
  UPDATE case_search SET text = ${caseText('new', '(SELECT name FROM subjects WHERE id = new.subject_id)')} WHERE rid = new.rid;
  INSERT INTO cases_fts (rowid, text) SELECT rid, text FROM case_search WHERE rid = new.rid;
END;
`,
}
