import { addDays } from '../../dates'
import { openOnSql } from '../../cases/overdue'
import type { CaseFigure, SqlWhere } from './types'

/** Found by the end of day @at and not struck off by then (cases/overdue openOnSql). */
export const openAtSql = (at: string): SqlWhere => ({ sql: openOnSql('at'), params: { at } })

/** 期初未销号: open at the end of the day before the period. */
export const openAtStart: CaseFigure = {
  key: 'openAtStart',
  label: '期初未销号',
  definition: '统计期间开始前一日结束时已发现、尚未销号的隐患。',
  where: (p) => openAtSql(addDays(p.from, -1)),
  // Open on a past day, not now: the case list only knows today's status.
  filter: () => null,
}

/** 期末未销号: open at the end of the period's last day. */
export const openAtEnd: CaseFigure = {
  key: 'openAtEnd',
  label: '期末未销号',
  definition: '期末一日结束时已发现、尚未销号的隐患；期末以后才销号的仍计入。期末未销号 = 期初未销号 + 发现隐患 − 整改销号。',
  where: (p) => openAtSql(p.to),
  filter: () => null,
}
