import type { Migration } from '../migration'

/** A UUID (v4) for each link row written before links had ids of their own. */
const NEW_ID = `lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2),
  substr('89ab', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6))))`

/**
 * Rebuilds `table` as a link that is voided, never deleted: an id, its own `columns`, who made it
 * and the void stamps. Its rows are copied in their order with the stamps `stamps` selects from
 * `source` (the old table as `l`); `live` is the key no two live rows may share.
 */
function rebuild(table: string, columns: readonly string[], live: string, source = `${table} l`, stamps = 'l.created_at, l.created_by'): string {
  const names = columns.map((c) => c.split(' ')[0] ?? c)
  return `
CREATE TABLE ${table}_v25 (
  id TEXT PRIMARY KEY,
  ${columns.join(',\n  ')},
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
);
INSERT INTO ${table}_v25 (id, ${names.join(', ')}, created_at, created_by)
  SELECT ${NEW_ID}, ${names.map((n) => `l.${n}`).join(', ')}, ${stamps} FROM ${source} ORDER BY l.rowid;
DROP TABLE ${table};
ALTER TABLE ${table}_v25 RENAME TO ${table};
CREATE UNIQUE INDEX ${table}_live ON ${table} (${live}) WHERE voided_at IS NULL;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'links are voided, never deleted'); END;`
}

/*
 * Link rows (a campaign's units and stages, a 报送 rhythm's listed units, an incident's cases)
 * were replaced whole on every edit, so who had been in a set, and a stage's earlier dates, were
 * lost. They become records like the others: an edit voids the rows that go and inserts the new
 * ones. A set may hold a member again after it was voided, so the old composite keys become
 * unique indexes over the live rows only; SQLite cannot change a primary key in place, so each
 * table is rebuilt. A stage's row was stamped when last written: that becomes when it was made.
 * report_rhythm_units had no stamps: its rows take the rhythm's last update, the last time the
 * set was written.
 */
export const m0025_hygiene: Migration = {
  version: 25,
  name: '0025_hygiene',
  sql: /* sql */ `${rebuild(
    'campaign_units',
    ['campaign_id TEXT NOT NULL REFERENCES campaigns (id)', 'unit_id TEXT NOT NULL REFERENCES responsible_units (id)'],
    'campaign_id, unit_id',
  )}
CREATE INDEX campaign_units_unit ON campaign_units (unit_id) WHERE voided_at IS NULL;
${rebuild(
  'campaign_stages',
  [
    'campaign_id TEXT NOT NULL REFERENCES campaigns (id)',
    "stage TEXT NOT NULL CHECK (stage IN ('mobilize', 'rectify', 'consolidate', 'summary'))",
    'start_date TEXT',
    'end_date TEXT CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)',
    "date_text TEXT NOT NULL DEFAULT ''",
  ],
  'campaign_id, stage',
  'campaign_stages l',
  'l.updated_at, l.updated_by',
)}
${rebuild(
  'report_rhythm_units',
  ['rhythm_id TEXT NOT NULL REFERENCES report_rhythms (id)', 'unit_id TEXT NOT NULL REFERENCES responsible_units (id)'],
  'rhythm_id, unit_id',
  'report_rhythm_units l JOIN report_rhythms r ON r.id = l.rhythm_id',
  'r.updated_at, r.updated_by',
)}
${rebuild(
  'fire_incident_cases',
  ['incident_id TEXT NOT NULL REFERENCES fire_incidents (id)', 'case_id TEXT NOT NULL REFERENCES cases (id)'],
  'incident_id, case_id',
)}
CREATE INDEX fire_incident_cases_case ON fire_incident_cases (case_id) WHERE voided_at IS NULL;
`,
}
