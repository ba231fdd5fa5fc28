import type { Migration } from '../migration'

/*
 * The quarterly summary of a period made of whole months (a quarter, a year) counts its cases from
 * case_months: how many live cases of each village, category, kind of place and severity were
 * found in one month and closed in another ('' while not closed). Found, closed, found and closed
 * by the end, and open at the start or end are all sums of these rows (reports/months.ts), a few
 * thousand rows where the cases of a year are fifty thousand (issue 15: a year in 100 ms).
 *
 * Triggers on cases keep it, so no writer needs to know of it and it cannot drift: every insert,
 * every change of a date, of a group or of being voided (the one status that takes a case out of
 * every count), by any path — the app, an import, the demo, a migration or plain SQL. A voided
 * case is not counted. The rows are filled here from the cases already in the file, so a backup
 * of an older version, restored, is counted too.
 */

/** Each dimension of the summary with its column on cases; names as reports/dimensions.ts. */
const DIMENSIONS = [
  ['area', 'area_id'],
  ['category', 'category_id'],
  ['subjectKind', 'subject_kind_id'],
  ['severity', 'severity'],
] as const

const month = (row: 'new' | 'old', column: 'found_date' | 'closed_date') =>
  column === 'found_date' ? `substr(${row}.found_date, 1, 7)` : `coalesce(substr(${row}.closed_date, 1, 7), '')`

const add = (row: 'new' | 'old', n: 1 | -1) =>
  DIMENSIONS.map(
    ([dimension, column]) =>
      `INSERT INTO case_months (dimension, group_id, found_month, closed_month, n)
    VALUES ('${dimension}', ${row}.${column}, ${month(row, 'found_date')}, ${month(row, 'closed_date')}, ${n})
    ON CONFLICT DO UPDATE SET n = n + ${n};`,
  ).join('\n  ')

/** Whether an update moves the case from one row to another. */
const MOVED = [
  ...(['found_date', 'closed_date'] as const).map((c) => `${month('old', c)} IS NOT ${month('new', c)}`),
  "(old.status = 'voided') IS NOT (new.status = 'voided')",
  ...DIMENSIONS.map(([, column]) => `old.${column} IS NOT new.${column}`),
].join('\n    OR ')

const KEYED = 'found_date, closed_date, status, area_id, category_id, subject_kind_id, severity'

export const m0024_summary: Migration = {
  version: 24,
  name: '0024_summary',
  sql: /* sql */ `
CREATE TABLE case_months (
  dimension TEXT NOT NULL,
  group_id TEXT NOT NULL,
  found_month TEXT NOT NULL,
  closed_month TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (dimension, group_id, found_month, closed_month)
) WITHOUT ROWID;

INSERT INTO case_months (dimension, group_id, found_month, closed_month, n)
${DIMENSIONS.map(([dimension, column]) => `SELECT '${dimension}', ${column}, substr(found_date, 1, 7), coalesce(substr(closed_date, 1, 7), ''), count(*) FROM cases WHERE status <> 'voided' GROUP BY 2, 3, 4`).join('\nUNION ALL ')};

CREATE TRIGGER case_months_insert AFTER INSERT ON cases WHEN new.status <> 'voided' BEGIN
  ${add('new', 1)}
END;
CREATE TRIGGER case_months_update_out AFTER UPDATE OF ${KEYED} ON cases
  WHEN old.status <> 'voided' AND (${MOVED}) BEGIN
  ${add('old', -1)}
END;
CREATE TRIGGER case_months_update_in AFTER UPDATE OF ${KEYED} ON cases
  WHEN new.status <> 'voided' AND (${MOVED}) BEGIN
  ${add('new', 1)}
END;
CREATE TRIGGER case_months_delete AFTER DELETE ON cases WHEN old.status <> 'voided' BEGIN
  ${add('old', -1)}
END;
`,
}
