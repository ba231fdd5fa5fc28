import type { Ctx } from '../../context'
import { formatDateZh } from '../../dates'

const NAME_OF = {
  areas: 'SELECT name FROM areas WHERE id = ?',
  subjectKinds: 'SELECT name FROM subject_kinds WHERE id = ?',
  categories: 'SELECT name FROM case_categories WHERE id = ?',
  subjects: 'SELECT name FROM subjects WHERE id = ?',
  campaigns: 'SELECT name FROM campaigns WHERE id = ?',
  inspectors: 'SELECT name FROM inspectors WHERE id = ?',
  units: 'SELECT name FROM responsible_units WHERE id = ?',
  cases: "SELECT '隐患' || number AS name FROM cases WHERE id = ?",
  inspections: "SELECT s.name || ' ' || i.inspected_on AS name FROM inspections i JOIN subjects s ON s.id = i.subject_id WHERE i.id = ?",
} as const

/** A filter's record as the paper names it (a filter holds ids); null when the filter leaves it open. */
export function nameOf(ctx: Ctx, table: keyof typeof NAME_OF, id: string | null | undefined): string | null {
  if (id === undefined || id === null) return null
  return (ctx.db.prepare(NAME_OF[table]).get(id) as { name: string } | undefined)?.name ?? '（已不存在）'
}

/** The conditions set, one an item, as `label：value`. */
export const stated = (items: readonly (readonly [string, string | null])[]): string[] =>
  items.filter((i): i is readonly [string, string] => i[1] !== null).map(([label, value]) => `${label}：${value}`)

/** A filter's span of days in words: 2024年3月1日至2024年3月31日, …起, …止. */
export function dayRange(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return `${formatDateZh(from)}至${formatDateZh(to)}`
  if (from) return `${formatDateZh(from)}起`
  if (to) return `${formatDateZh(to)}止`
  return null
}

/** A register's status filter in words: nothing for the live records (the page's default), 含已作废 for all. */
export const statusShown =
  <S extends string>(labels: Record<S, string>) =>
  (status: S | 'live' | 'all'): string | null =>
    status === 'live' ? null : status === 'all' ? '含已作废' : labels[status]

/** Who drafted, checked and signed a document, — for a step not yet taken. */
export const signers = (d: { draftedBy: string; reviewedBy: string | null; signedBy: string | null }): string =>
  [d.draftedBy, d.reviewedBy, d.signedBy].map((p) => p || '—').join('/')
