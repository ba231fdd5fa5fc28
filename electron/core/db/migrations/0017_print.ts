import type { Migration } from '../migration'

/*
 * The quarterly summary reads as the ledger stood on a past day (issue 15: a quarter in 50 ms, a
 * year in 100 ms over 100 000 cases). For each case open at a period's end it looks up the status
 * and the deadline in force that day: the last timeline entry dated on or before it, and the
 * last deadline change. Keyed by case and date, the newest entry is one step back in the index
 * (the status read from the index alone), not a sort of the case's whole timeline. 本期发现已整改
 * (found in the period and closed by its end) is counted from the closed cases' found dates with
 * the columns the summary breaks down by, never reading the table.
 */
export const m0017_print: Migration = {
  version: 17,
  name: '0017_print',
  sql: /* sql */ `
CREATE INDEX case_events_status_at ON case_events (case_id, date, at, id, to_status);
CREATE INDEX case_events_deadline_at ON case_events (case_id, date, at, id) WHERE action IN ('extend', 'recheckFailed');
CREATE INDEX cases_found_closed ON cases (found_date, closed_date, area_id, category_id, severity, subject_kind_id) WHERE closed_date IS NOT NULL;
`,
}
