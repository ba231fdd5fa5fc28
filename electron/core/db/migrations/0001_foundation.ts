import type { Migration } from '../migration'

/** Areas (村/社区), subject kinds, subjects, settings, and the append-only audit log. */
export const m0001_foundation: Migration = {
  version: 1,
  name: '0001_foundation',
  sql: /* sql */ `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE areas (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  area_type TEXT NOT NULL CHECK (area_type IN ('village', 'community', 'industrial_zone', 'other')),
  grids TEXT NOT NULL DEFAULT '[]',
  head_name TEXT NOT NULL DEFAULT '',
  head_phone TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  voided_at TEXT,
  void_reason TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX areas_name_live ON areas (name) WHERE voided_at IS NULL;

CREATE TABLE subject_kinds (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  voided_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX subject_kinds_name_live ON subject_kinds (name) WHERE voided_at IS NULL;

INSERT INTO subject_kinds (id, name, sort_order, created_at, updated_at) VALUES
  ('sk01', '九小场所', 1, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk02', '居住出租房', 2, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk03', '三合一场所', 3, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk04', '高层建筑', 4, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk05', '人员密集场所', 5, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk06', '工业企业', 6, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk07', '仓储物流', 7, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk08', '施工现场', 8, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk09', '易燃易爆单位', 9, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk10', '学校/幼儿园', 10, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk11', '医院/卫生院', 11, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk12', '养老机构', 12, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk13', '宾馆饭店', 13, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk14', '商场市场', 14, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk15', '公共娱乐场所', 15, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk16', '村(社区)', 16, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk17', '镇属部门/科室', 17, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
  ('sk18', '其他', 18, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');

CREATE TABLE subjects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind_id TEXT NOT NULL REFERENCES subject_kinds (id),
  area_id TEXT NOT NULL REFERENCES areas (id),
  grid TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  credit_code TEXT,
  responsible_name TEXT NOT NULL DEFAULT '',
  responsible_phone TEXT NOT NULL DEFAULT '',
  manager_name TEXT NOT NULL DEFAULT '',
  manager_phone TEXT NOT NULL DEFAULT '',
  risk_color TEXT NOT NULL CHECK (risk_color IN ('green', 'grey', 'yellow', 'red')),
  is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX subjects_credit_code_live ON subjects (credit_code)
  WHERE credit_code IS NOT NULL AND voided_at IS NULL;
CREATE INDEX subjects_area ON subjects (area_id, name);
CREATE INDEX subjects_kind ON subjects (kind_id, name);
CREATE INDEX subjects_risk ON subjects (risk_color, name);
CREATE INDEX subjects_name ON subjects (name);
CREATE INDEX subjects_updated ON subjects (updated_at);
`,
}
