import type { CaseFigure } from './types'

/** 整改销号: struck off in the period, whenever found. */
export const closed: CaseFigure = {
  key: 'closed',
  label: '整改销号',
  definition: '销号日期在统计期间内的隐患，包括以前发现、本期销号的。',
  // Only a closed case has a closure date (a CHECK on the table), so the date alone selects them, through cases_closed.
  where: (p) => ({ sql: 'c.closed_date BETWEEN @from AND @to', params: { from: p.from, to: p.to } }),
  // The case list has no filter on the closure date.
  filter: () => null,
}
