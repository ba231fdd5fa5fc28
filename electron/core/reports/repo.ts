import { CASE_COLUMNS, CASE_JOINS, toCase, type CaseRow } from '../cases/repo'
import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import { offsetOf } from '../paging'
import { deadlineAtSql } from '../cases/deadline-at'
import { dimensionDefs } from './dimensions'
import type { SqlWhere } from './figures/types'
import { dimensions, type Dimension, type RecordCase } from './schema'

/** A count with its split by every dimension at once. */
export interface Tally {
  total: number
  by: Record<Dimension, Map<string, number>>
}

export const emptyTally = (): Tally => ({ total: 0, by: { area: new Map(), category: new Map(), subjectKind: new Map(), severity: new Map() } })

export const addTo = (t: Tally, dims: readonly Dimension[], groups: readonly (string | undefined)[], n: number): void => {
  t.total += n
  for (const [i, d] of dims.entries()) t.by[d].set(groups[i] ?? '', (t.by[d].get(groups[i] ?? '') ?? 0) + n)
}

/*
 * One pass over the figure's cases, grouped by the dimensions asked for (all four for the
 * breakdowns, which are sums of it). Grouping is most of a count's cost: by one dimension of a
 * few values it is a quarter of the time of all four, so the period compared with, which shows
 * only totals and 重大火灾隐患, asks for severity alone.
 */
export function tally(db: Db, w: SqlWhere, dims: readonly Dimension[] = dimensions): Tally {
  const rows = stmt(db, `SELECT ${dims.map((d) => `${dimensionDefs[d].column} AS ${d}`).join(', ')}, count(*) AS n FROM cases c WHERE ${w.sql} GROUP BY ${dims.map((_, i) => i + 1).join(', ')}`).all(
    w.params,
  ) as (Partial<Record<Dimension, string>> & { n: number })[]
  const t = emptyTally()
  for (const r of rows) addTo(t, dims, dims.map((d) => r[d]), r.n)
  return t
}

/**
 * How many cases a figure counts. The trend asks it month by month: each month is a range of the
 * index on the figure's date, counted without sorting the period's cases by month.
 */
export const count = (db: Db, w: SqlWhere): number => (stmt(db, `SELECT count(*) AS n FROM cases c WHERE ${w.sql}`).get(w.params) as { n: number }).n

/** One page of the cases behind a figure, oldest found first, each with its deadline at `periodEnd`. */
export function records(db: Db, w: SqlWhere, periodEnd: string, page: number, pageSize: number, today: string): { rows: RecordCase[]; total: number } {
  const rows = stmt(
    db,
    `SELECT ${CASE_COLUMNS}, ${deadlineAtSql('periodEnd')} AS deadline_at_end FROM cases c ${CASE_JOINS}
     WHERE ${w.sql} ORDER BY c.found_date, c.rid LIMIT @limit OFFSET @offset`,
  ).all({ ...w.params, periodEnd, limit: pageSize, offset: offsetOf(page, pageSize) }) as (CaseRow & { deadline_at_end: string })[]
  return { rows: rows.map((r) => ({ ...toCase(r, today), deadlineAtEnd: r.deadline_at_end })), total: count(db, w) }
}
