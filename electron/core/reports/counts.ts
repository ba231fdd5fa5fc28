import type { CaseFilter } from '../cases/schema'
import type { Db } from '../db/open'
import { dimensionDefs } from './dimensions'
import { caseFigures } from './figures'
import type { Range, SqlWhere } from './figures/types'
import { monthTallies } from './months'
import { passTallies } from './one-pass'
import { overdueCountWhere } from './overdue-count'
import { tally, type Tally } from './repo'
import { caseFigureKeys, dimensions, type CaseCount, type CaseFigureKey, type Dimension, type Rate } from './schema'

export type Tallies = Record<CaseFigureKey, Tally>

/**
 * Every count of cases over a period, each split by the dimensions asked for (every one unless
 * said): the figures that follow the cases' dates summed by month when the period is made of
 * whole months (months.ts), else read in one pass over its cases (one-pass.ts); the others each
 * by its own statement (期末逾期 from the smaller range: overdue-count.ts).
 */
export function tallies(db: Db, p: Range, dims: readonly Dimension[] = dimensions): Tallies {
  const dated: Partial<Tallies> = monthTallies(db, p, dims) ?? passTallies(db, p, dims)
  const counted = (k: CaseFigureKey) => tally(db, k === 'overdueAtEnd' ? overdueCountWhere(db, p) : caseFigures[k].where(p), dims)
  return Object.fromEntries(caseFigureKeys.map((k) => [k, dated[k] ?? counted(k)])) as Tallies
}

/** A figure's WHERE clause narrowed to one group of a dimension. */
export function narrowWhere(w: SqlWhere, dimension: Dimension, groupId: string): SqlWhere {
  return { sql: `${w.sql} AND ${dimensionDefs[dimension].column} = @groupId`, params: { ...w.params, groupId } }
}

/** A number with the filter and the reference that list its cases. */
export function caseCount(key: CaseFigureKey, p: Range, count: number, group?: { dimension: Dimension; id: string }): CaseCount {
  const base = caseFigures[key].filter(p)
  const filter: CaseFilter | null = base && group ? dimensionDefs[group.dimension].narrow(base, group.id) : base
  const scope = p.campaignId === undefined ? {} : { campaignId: p.campaignId }
  const records = group ? { figure: key, from: p.from, to: p.to, ...scope, dimension: group.dimension, groupId: group.id } : { figure: key, from: p.from, to: p.to, ...scope }
  return { count, filter, records }
}

export const countOf = (t: Tallies, key: CaseFigureKey, group?: { dimension: Dimension; id: string }): number =>
  group ? (t[key].by[group.dimension].get(group.id) ?? 0) : t[key].total

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, percent: denominator === 0 ? null : Math.round((numerator * 1000) / denominator) / 10 }
}
