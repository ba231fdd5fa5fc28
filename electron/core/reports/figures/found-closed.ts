import type { CaseFigure } from './types'

/** 本期发现已整改: found in the period and struck off by its last day; the numerator of the rate. */
export const foundClosed: CaseFigure = {
  key: 'foundClosed',
  label: '本期发现已整改',
  definition: '发现日期在统计期间内、且在期末当日或以前已销号的隐患；期末以后才销号的不计入。',
  where: (p) => ({
    sql: 'c.found_date BETWEEN @from AND @to AND c.closed_date <= @to',
    params: { from: p.from, to: p.to },
  }),
  // "Closed by the period's end" needs the closure date, which the case list cannot filter on.
  filter: () => null,
}
