import type { Migration } from '../migration'

/*
 * Casework (issue 11): names stored by earlier versions lose the invisible characters a paste
 * brought in (zero-width space, joiners, direction marks, BOM, soft hyphen), as every name saved
 * since is stored (text.ts normaliseName). Only those characters and the spaces they leave at the
 * ends: SQL cannot do the rest of normaliseName, and the comparison key (nameKey) already meets
 * the untidied rest. The code points are written out here, not taken from text.ts: a migration's
 * text never changes once released.
 *
 * A village or responsible unit whose tidied name another live one already bears, or would bear once
 * tidied too (「东村\u200B」 beside 「东村\u200C」), keeps its name as it was: the unique index on live
 * names would refuse the whole upgrade otherwise.
 */
const INVISIBLE = [0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]

const tidied = (column: string): string => `trim(${INVISIBLE.reduce((sql, code) => `replace(${sql}, char(${code}), '')`, column)})`
/** Invisible characters only: a list kept as JSON has no spaces of its own to trim. */
const visible = (column: string): string => INVISIBLE.reduce((sql, code) => `replace(${sql}, char(${code}), '')`, column)

export const m0019_casework: Migration = {
  version: 19,
  name: '0019_casework',
  sql: /* sql */ `
UPDATE subjects SET name = ${tidied('name')} WHERE name <> ${tidied('name')} AND ${tidied('name')} <> '';
UPDATE inspectors SET name = ${tidied('name')} WHERE name <> ${tidied('name')} AND ${tidied('name')} <> '';
UPDATE areas SET name = ${tidied('name')}, grids = ${visible('grids')}
  WHERE (name <> ${tidied('name')} OR grids <> ${visible('grids')}) AND ${tidied('name')} <> ''
    AND NOT EXISTS (SELECT 1 FROM areas o WHERE o.id <> areas.id AND o.voided_at IS NULL AND ${tidied('o.name')} = ${tidied('areas.name')})
    AND NOT EXISTS (SELECT 1 FROM responsible_units u WHERE u.id <> 'ru' || areas.id AND u.voided_at IS NULL AND ${tidied('u.name')} = ${tidied('areas.name')});
UPDATE responsible_units SET name = ${tidied('name')}, aliases = ${visible('aliases')}
  WHERE (name <> ${tidied('name')} OR aliases <> ${visible('aliases')}) AND ${tidied('name')} <> '' AND unit_type = 'department'
    AND NOT EXISTS (SELECT 1 FROM responsible_units o WHERE o.id <> responsible_units.id AND o.voided_at IS NULL AND ${tidied('o.name')} = ${tidied('responsible_units.name')});
`,
}
