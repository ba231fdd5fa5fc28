import { t } from '../../locales'
import { firstuseZh } from '../../locales/firstuse'

/** The Chinese name of an action or a kind of record; an unknown code is shown as it is. */
export const actionLabel = (code: string): string => (firstuseZh.auditLog.actions as Record<string, string>)[code] ?? code
export const entityLabel = (code: string): string => (firstuseZh.auditLog.entities as Record<string, string>)[code] ?? code

const READABLE = ['number', 'title', 'name', 'recipient', 'reason', 'note', 'fileName', 'kind'] as const

/** What a person reads first in an entry: its 文号, title, name or reason; the rest is technical. */
export function summaryOf(data: unknown): string {
  if (data === null || typeof data !== 'object') return ''
  const d = data as Record<string, unknown>
  const parts = READABLE.flatMap((k) => (typeof d[k] === 'string' && d[k] !== '' ? [d[k]] : []))
  if (parts.length > 0) return parts.join('　')
  const changed = Object.keys(d).filter((k) => typeof d[k] === 'object' && d[k] !== null && 'to' in (d[k] as object))
  return changed.length > 0 ? t('auditLog.changed', { n: changed.length }) : ''
}
