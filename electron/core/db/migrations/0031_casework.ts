import type { Migration } from '../migration'

/*
 * A document issued in one step (an office where one person may draft, check and sign) was
 * registered with the 审核人 and 签发人 typed in its form, so nothing told a recorded sign-off
 * from a typed name. From now on the operator on duty is recorded for all three steps and the
 * document is marked as signed off by one person; one issued before keeps 0, and its 发文稿纸
 * says 未经审签 rather than show the typed names as signatures.
 */
export const m0031_casework: Migration = {
  version: 31,
  name: '0031_casework',
  sql: /* sql */ `
ALTER TABLE documents ADD COLUMN one_person INTEGER NOT NULL DEFAULT 0 CHECK (one_person IN (0, 1));
`,
}
