import { stmt } from '../cases/sql'
import { OPEN_SQL } from '../cases/sql'
import type { Db } from '../db/open'
import { dimensionDefs } from './dimensions'
import { caseFigures } from './figures'
import type { Range, SqlWhere } from './figures/types'
import { emptyTally, type Tally } from './repo'
import type { CaseFigureKey, Dimension } from './schema'

/*
 * The counts of a period that follow the cases' dates, read in one pass, for a period that starts
 * or ends inside a month or is cut to a campaign (whole months are summed by month: months.ts).
 * Counted one by one, each figure sorted its own
 * cases to group them, so a case found and closed in the period was sorted three times; here each
 * case of the period is read once from an index, marked with every figure whose WHERE clause it
 * meets, and grouped once. The marks are the figures' own clauses (figures/), so the counts, the
 * lists of records and the SQL the report states cannot disagree.
 */

/**
 * The figures read in the pass. 期末逾期 has its own statement: the timeline is looked up only for
 * the cases open at the end (its index gives them), and the pass reads many more; the 挂牌督办
 * counts start from the few supervisions.
 */
export const passFigures = ['found', 'closed', 'foundClosed', 'openAtStart', 'openAtEnd'] as const satisfies readonly CaseFigureKey[]

export type PassFigure = (typeof passFigures)[number]

/**
 * Every case one of the figures can count lies in one of these ranges, and in one only: found in
 * the period (whatever became of it); found before it and open now (open at its start or end);
 * found before it and closed on or after its first day (open at its start, or closed in it); found
 * after it and closed in it (a found date corrected after the closure). Each range is read from an
 * index that carries the columns the figures test: cases_period, cases_open, cases_closed.
 */
const RANGES = [
  'c.found_date BETWEEN @passFrom AND @passTo',
  `c.found_date < @passFrom AND c.${OPEN_SQL}`,
  'c.closed_date >= @passFrom AND c.found_date < @passFrom',
  'c.closed_date BETWEEN @passFrom AND @passTo AND c.found_date > @passTo',
]

/** A figure's clause with its parameters renamed after the figure, so that all of them fit one statement. */
function own(key: string, w: SqlWhere): SqlWhere {
  return {
    sql: w.sql.replace(/@(\w+)/g, `@${key}_$1`),
    params: Object.fromEntries(Object.entries(w.params).map(([name, value]) => [`${key}_${name}`, value])),
  }
}

/** Each case's figures as the bits of one number. */
function markSql(marks: readonly SqlWhere[]): string {
  return marks.map((m, i) => `CASE WHEN ${m.sql} THEN ${1 << i} ELSE 0 END`).join(' + ')
}

export type PassTallies = Record<PassFigure, Tally>

const SEP = '\u0001'

const MARKS = 1 << passFigures.length

/** How many cases bear each mark, by mark. */
const perMark = (): number[] => new Array<number>(MARKS).fill(0)
const bump = (counted: number[], mark: number, n: number) => {
  counted[mark] = (counted[mark] ?? 0) + n
}

/**
 * Grouped here, not by SQL: each case comes back as one string (its groups and its mark), and a
 * map counts the strings. SQLite would sort every case of the period by four text columns to group
 * them, which took more time than all the rest of the pass. The strings (thousands in a quarter)
 * are then counted per mark in each group of each dimension, and only those few counts are spread
 * over the figures their marks hold.
 */
export function passTallies(db: Db, p: Range, dims: readonly Dimension[]): PassTallies {
  const marks = passFigures.map((k) => own(k, caseFigures[k].where(p)))
  const key = [...dims.map((d) => dimensionDefs[d].column), `(${markSql(marks)})`].join(` || char(1) || `)
  const sql = RANGES.map((range) => `SELECT ${key} FROM cases c WHERE ${range}`).join(' UNION ALL ')
  const params = Object.assign({ passFrom: p.from, passTo: p.to }, ...marks.map((m) => m.params)) as Record<string, string>
  const counts = new Map<string, number>()
  for (const k of stmt(db, sql).pluck().all(params) as string[]) counts.set(k, (counts.get(k) ?? 0) + 1)
  const total = perMark()
  const groups = dims.map(() => new Map<string, number[]>())
  for (const [k, n] of counts) {
    const parts = k.split(SEP)
    const mark = Number(parts[dims.length])
    bump(total, mark, n)
    for (const [i, byGroup] of groups.entries()) {
      const group = parts[i] ?? ''
      let counted = byGroup.get(group)
      if (counted === undefined) byGroup.set(group, (counted = perMark()))
      bump(counted, mark, n)
    }
  }
  const out = Object.fromEntries(passFigures.map((k) => [k, emptyTally()])) as PassTallies
  const spread = (counted: number[], add: (t: Tally, n: number) => void) => {
    for (const [mark, n] of counted.entries()) if (n > 0) for (const [i, figure] of passFigures.entries()) if ((mark & (1 << i)) !== 0) add(out[figure], n)
  }
  spread(total, (t, n) => (t.total += n))
  for (const [i, d] of dims.entries()) {
    for (const [group, counted] of groups[i] ?? []) spread(counted, (t, n) => t.by[d].set(group, (t.by[d].get(group) ?? 0) + n))
  }
  return out
}
