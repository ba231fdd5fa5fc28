import type { Migration } from '../migration'

/*
 * First use (issue 14): a retired 场所类别 keeps why, and who last wrote it, in its own row as a
 * 隐患类别 does; until now the reason was only in the 操作日志. Kinds retired before this version
 * take their reason from there.
 */
export const m0022_firstuse: Migration = {
  version: 22,
  name: '0022_firstuse',
  sql: /* sql */ `
ALTER TABLE subject_kinds ADD COLUMN void_reason TEXT;
ALTER TABLE subject_kinds ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE subject_kinds ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
UPDATE subject_kinds SET void_reason = (
  SELECT json_extract(l.data, '$.reason') FROM audit_log l
  WHERE l.entity = 'subjectKind' AND l.entity_id = subject_kinds.id AND l.action = 'void'
  ORDER BY l.seq DESC LIMIT 1
) WHERE voided_at IS NOT NULL;
`,
}
