import type { Migration } from '../migration'

/**
 * The closure date for the quarterly summary: what was struck off in a period, and what was still
 * open at a past day (found by then and not yet closed), are ranges of closed_date. The index
 * carries the columns the summary breaks down by, so those counts never read the table; only
 * closed cases have a closure date, so open ones take no room in it.
 */
export const m0006_reports: Migration = {
  version: 6,
  name: '0006_reports',
  sql: /* sql */ `
CREATE INDEX cases_closed ON cases (closed_date, found_date, status, deadline, area_id, category_id, severity, subject_kind_id)
  WHERE closed_date IS NOT NULL;
`,
}
