import type { Migration } from '../migration'

/*
 * First use (issue 14): a hazard's 备注 in a field of its own. An imported ledger's 备注 column
 * was appended to the description, where it then showed on every notice as if it were part of
 * the hazard.
 */
export const m0018_firstuse: Migration = {
  version: 18,
  name: '0018_firstuse',
  sql: /* sql */ `
ALTER TABLE cases ADD COLUMN remarks TEXT NOT NULL DEFAULT '';
`,
}
