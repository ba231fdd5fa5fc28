import { t } from '../../locales'
import { readableOf } from './audit-labels'

/** The entry's 内容: what it names, else how many settings or fields it changed. */
export function summaryOf(data: unknown): string {
  const readable = readableOf(data)
  if (readable !== '' || data === null || typeof data !== 'object') return readable
  const d = data as Record<string, unknown>
  const changed = Object.keys(d).filter((k) => typeof d[k] === 'object' && d[k] !== null && 'to' in (d[k] as object))
  return changed.length > 0 ? t('auditLog.changed', { n: changed.length }) : ''
}
