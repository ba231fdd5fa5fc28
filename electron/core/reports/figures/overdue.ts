import { openOnSql, overdueAtSql, overdueDefinition } from '../../cases/overdue'
import type { CaseFigure } from './types'

/**
 * Overdue at the end of day @at: open at the end of the day (cases/overdue's own first condition,
 * said again as the two ranges open now and closed after it, each read from its index) rather than
 * every case found by then; the closed ones read as `closedFrom` says (cases/overdue openOnSql).
 */
export const overdueAtDaySql = (closedFrom: 'closures' | 'found' = 'closures'): string => `${openOnSql('at', closedFrom)} AND ${overdueAtSql('at')}`

/** 期末逾期: overdue (cases/overdue) at the end of the period's last day, as the ledger stood that day. */
export const overdueAtEnd: CaseFigure = {
  key: 'overdueAtEnd',
  label: '期末逾期未整改',
  definition:
    `${overdueDefinition}期末逾期未整改为期末一日结束时未销号、处于上述整改状态、且当日有效的整改期限早于期末一日的隐患。` +
    '状态和整改期限均以期末当日为准：期内批准的延期、复查不合格后重新确定的期限计入，期末以后的延期、提请复查不计入；期末以后才补录的隐患，期末当日按已登记计。',
  where: (p) => ({ sql: overdueAtDaySql(), params: { at: p.to } }),
  // Overdue on a past day under the status and deadline of that day: the case list only knows today's.
  filter: () => null,
}
