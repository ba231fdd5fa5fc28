import { stmt } from '../cases/sql'
import { monthEnd, monthStart } from '../dates'
import type { Db } from '../db/open'
import type { Range } from './figures/types'
import { passFigures, type PassFigure, type PassTallies } from './one-pass'
import { emptyTally } from './repo'
import type { Dimension } from './schema'

/*
 * The figures of the one pass (one-pass.ts) for a period of whole months, summed from case_months
 * (migration 0024: live cases per group, month found and month closed, '' while not closed). A
 * year's fifty thousand cases are a few thousand rows there (issue 15: a year in 100 ms).
 *
 * Over whole months each figure's clause (figures/) reads the same in months. The table holds the
 * live cases only, and a live case is open now exactly when it has no closure month:
 * - 发现: found_date BETWEEN from AND to, not voided — found in one of the months;
 * - 整改销号: closed_date BETWEEN from AND to — closed in one of them ('' is below every month);
 * - 本期发现已整改: found in them, closed by the last one;
 * - 期初/期末未销号 at day D, the last day of a month: found by D and open now or closed after D —
 *   found in D's month or before, not closed or closed in a later month.
 * A campaign's summary is cut by a column the table does not keep; it, and any period that starts
 * or ends inside a month, is counted by the pass.
 */

const SUMS = {
  found: 'found_month BETWEEN @fromMonth AND @toMonth',
  closed: 'closed_month BETWEEN @fromMonth AND @toMonth',
  foundClosed: "found_month BETWEEN @fromMonth AND @toMonth AND closed_month <> '' AND closed_month <= @toMonth",
  openAtStart: "found_month < @fromMonth AND (closed_month = '' OR closed_month >= @fromMonth)",
  openAtEnd: "found_month <= @toMonth AND (closed_month = '' OR closed_month > @toMonth)",
} as const satisfies Record<PassFigure, string>

/**
 * Rows found and closed before the period count in none of the figures: most of a long ledger.
 * One found in it and closed before it (a found date corrected after the closure) is found in it.
 */
const RELEVANT = "(closed_month = '' OR closed_month >= @fromMonth OR found_month >= @fromMonth)"

/** Every case has one severity (a CHECK on cases), so the totals are the sums of its groups. */
const TOTALS: Dimension = 'severity'

const sql = (dims: readonly Dimension[]) =>
  `SELECT dimension, group_id, ${passFigures.map((k) => `sum(CASE WHEN ${SUMS[k]} THEN n ELSE 0 END)`).join(', ')}
   FROM case_months WHERE dimension IN (${dims.map((d) => `'${d}'`).join(', ')}) AND ${RELEVANT} GROUP BY dimension, group_id`

const wholeMonths = (p: Range): boolean => p.from === monthStart(p.from) && p.to === monthEnd(p.to) && p.from <= p.to

/** The pass's figures of a period of whole months, or null when the period or its campaign cut needs the cases themselves. */
export function monthTallies(db: Db, p: Range, dims: readonly Dimension[]): PassTallies | null {
  if (p.campaignId !== undefined || !wholeMonths(p)) return null
  const read = dims.includes(TOTALS) ? dims : [...dims, TOTALS]
  const rows = stmt(db, sql(read))
    .raw()
    .all({ fromMonth: p.from.slice(0, 7), toMonth: p.to.slice(0, 7) }) as [Dimension, string, ...number[]][]
  const out = Object.fromEntries(passFigures.map((k) => [k, emptyTally()])) as PassTallies
  for (const [dimension, group, ...counts] of rows) {
    for (const [i, figure] of passFigures.entries()) {
      const n = counts[i] ?? 0
      // a group is listed where it counts, as the pass lists only the groups it met
      if (n > 0 && dims.includes(dimension)) out[figure].by[dimension].set(group, n)
      if (dimension === TOTALS) out[figure].total += n
    }
  }
  return out
}

export interface MonthCounts {
  found: Map<string, number>
  closed: Map<string, number>
}

/** Each month's found and closed (the trend) of a period of whole months, from the same table; null as for monthTallies. */
export function monthCounts(db: Db, p: Range): MonthCounts | null {
  if (p.campaignId !== undefined || !wholeMonths(p)) return null
  const rows = stmt(
    db,
    `SELECT found_month, closed_month, n FROM case_months WHERE dimension = '${TOTALS}'
     AND (found_month BETWEEN @fromMonth AND @toMonth OR closed_month BETWEEN @fromMonth AND @toMonth)`,
  )
    .raw()
    .all({ fromMonth: p.from.slice(0, 7), toMonth: p.to.slice(0, 7) }) as [string, string, number][]
  const out: MonthCounts = { found: new Map(), closed: new Map() }
  const add = (m: Map<string, number>, month: string, n: number) => m.set(month, (m.get(month) ?? 0) + n)
  for (const [found, closed, n] of rows) {
    add(out.found, found, n)
    if (closed !== '') add(out.closed, closed, n)
  }
  return out
}
