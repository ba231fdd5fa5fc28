import type { Migration } from '../migration'

/*
 * The quarterly summary counts the cases of a period in one pass (reports/one-pass.ts): the cases
 * found in the period are read with every column the figures test and the summary groups by, so
 * the pass never reads the table for them. It serves what 0017's cases_found_closed served (the
 * closed cases by found date), which goes.
 */
export const m0023_print: Migration = {
  version: 23,
  name: '0023_print',
  sql: /* sql */ `
CREATE INDEX cases_period ON cases (found_date, closed_date, status, area_id, category_id, severity, subject_kind_id);
DROP INDEX cases_found_closed;
`,
}
