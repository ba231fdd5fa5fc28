import type { Migration } from '../migration'

/*
 * 检查率 per village, grid and kind (inspections/coverage.ts) asks of each registered unit whether
 * it had a live visit in the period: one probe per unit in its visits by date, here with the
 * campaign they are tagged with, so no probe reads the table. As many probes as units whatever the
 * period, where gathering the period's distinct units sorted all its visits (a year: 24 000 of
 * them, issue 15: a year's summary in 100 ms).
 */
export const m0028_summary: Migration = {
  version: 28,
  name: '0028_summary',
  sql: /* sql */ `
CREATE INDEX inspections_visits ON inspections (subject_id, inspected_on, campaign_id) WHERE voided_at IS NULL;
`,
}
