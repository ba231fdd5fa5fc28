import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { recordSql } from '../../bench/floor'
import { testApp } from '../helpers'
import { edgeLedger, TODAY } from './ledger'

/*
 * How the quarterly summary reads a ledger of 100 000 cases (issue 15: a quarter in 50 ms). The
 * plans are SQLite's own, the same on a small ledger as on a large one (no statistics are kept):
 * what is asserted here is what keeps the summary from reading every case or sorting timelines.
 */

let app: FiredeskApp
type Plan = { sql: string; plan: string }
let plans: Plan[]
/** A period that starts inside a month, as is the one before it: counted from the cases, not by month. */
let unaligned: Plan[]

async function plansOf(args: { quarter: string } | { from: string; to: string }): Promise<Plan[]> {
  const db = app.ctx.db
  const calls = await recordSql(db, () => app.invoke('reports/summary', args))
  return calls.map((c) => ({
    sql: c.sql.replace(/\s+/g, ' '),
    plan: (db.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...c.args) as { detail: string }[]).map((r) => r.detail).join(' | '),
  }))
}

beforeAll(async () => {
  app = testApp(TODAY)
  await edgeLedger(app)
  plans = await plansOf({ quarter: '2024Q1' })
  unaligned = await plansOf({ from: '2024-01-15', to: '2024-03-31' })
})
afterAll(() => app.close())

it('looks up the status and the deadline in force on a past day in the index, without sorting the case’s timeline', () => {
  const dated = plans.filter((p) => p.sql.includes('FROM case_events e WHERE e.case_id = c.id'))
  expect(dated.length).toBeGreaterThan(0)
  for (const p of dated) {
    expect(p.plan, p.sql).not.toContain('TEMP B-TREE FOR ORDER BY')
    expect(p.plan, p.sql).toContain('COVERING INDEX case_events_status_at')
  }
})

const passes = (of: Plan[]) => of.filter((p) => p.sql.includes('UNION ALL') && p.sql.includes('char(1)'))

it('sums the figures that follow the cases’ dates of a quarter, and its monthly trend, by month from case_months, in the order of its key', () => {
  expect(passes(plans)).toEqual([])
  // (the other two weigh the ranges 期末逾期 may read: below)
  const months = plans.filter((p) => p.sql.includes('FROM case_months') && !p.sql.includes('@month'))
  // this quarter (the four dimensions), the one before (severity alone: it shows totals and 重大火灾隐患), the trend (totals)
  expect(months.map((p) => p.sql.match(/dimension (IN \([^)]*\)|= '\w+')/)?.[1])).toEqual(["IN ('area', 'category', 'subjectKind', 'severity')", "IN ('severity')", "= 'severity'"])
  for (const p of months) expect(p.plan, p.sql).toBe('SEARCH case_months USING PRIMARY KEY (dimension=?)')
})

it('counts the figures that follow the cases’ dates of other periods in one pass per period, each range of cases read from an index, none from the whole table', () => {
  expect(unaligned.filter((p) => p.sql.includes('FROM case_months'))).toEqual([])
  // this period (grouped by the four dimensions) and the one before (by severity alone)
  expect(passes(unaligned).map((p) => p.sql.slice(0, p.sql.indexOf(' || char(1)')))).toEqual(['SELECT c.area_id', 'SELECT c.severity'])
  for (const p of passes(unaligned)) {
    const reads = p.plan.split(' | ').filter((s) => s.startsWith('SEARCH c') || s.startsWith('SCAN c'))
    expect(reads, p.sql).toHaveLength(4)
    for (const r of reads) expect(r, p.sql).toMatch(/^SEARCH c USING (COVERING )?INDEX cases_(period|open|status|closed) /)
    // grouped in the handler, not sorted by SQLite
    expect(p.plan, p.sql).not.toContain('TEMP B-TREE')
  }
})

it('counts 期末逾期 from the cases open at the end, read from indexes, the 挂牌督办 figures from the supervisions, and the months of a trend not made of whole months each from a range of an index', () => {
  const counts = (of: Plan[]) => of.filter((p) => p.sql.includes('count(*) AS n FROM cases c WHERE'))
  const overdue = counts(plans).filter((p) => p.sql.includes('FROM case_events e'))
  // this quarter and the one before: the open cases and those closed after the end, or the cases found by the end
  // when case_months says they are fewer; never a scan of every case
  expect(overdue).toHaveLength(2)
  for (const p of overdue) {
    expect(p.plan, p.sql).toMatch(
      /^MULTI-INDEX OR \| INDEX 1 \| SEARCH c USING INDEX cases_(status|open) .* INDEX 2 \| SEARCH c USING INDEX cases_closed \(closed_date>\?\)|^SEARCH c USING INDEX cases_(period|found) \(found_date<\?\)/,
    )
  }
  const weighed = plans.filter((p) => p.sql.includes('FROM case_months') && p.sql.includes('@month'))
  expect(weighed).toHaveLength(2)
  for (const p of weighed) expect(p.plan, p.sql).toBe('SEARCH case_months USING PRIMARY KEY (dimension=?)')
  const supervised = counts(plans).filter((p) => p.sql.includes('c.id IN (SELECT v.case_id FROM supervisions v'))
  // 新挂牌 and 期末在督, this quarter and the one before
  expect(supervised).toHaveLength(4)
  expect(counts(plans).filter((p) => !supervised.includes(p) && !overdue.includes(p))).toEqual([])
  const months = counts(unaligned).filter((p) => !p.sql.includes('FROM case_events e') && !p.sql.includes('FROM supervisions v'))
  // found and closed in each of the three months, the first cut to the period
  expect(months).toHaveLength(6)
  for (const p of months) expect(p.plan, p.sql).toMatch(/^SEARCH c USING COVERING INDEX cases_(period|closed) \((found|closed)_date>\? AND (found|closed)_date<\?\)$/)
})

it('finds the units 检查率 counts as inspected in an index: gathered from the period’s visits by date, or each registered unit probed for one', () => {
  const inspected = [...plans, ...unaligned].filter((p) => p.sql.startsWith('SELECT s.area_id AS areaId') && p.sql.includes('FROM inspections'))
  expect(inspected.length).toBeGreaterThan(0)
  for (const p of inspected) {
    expect(p.plan, p.sql).toContain('USING COVERING INDEX subjects_group')
    expect(p.plan, p.sql).toMatch(/SEARCH i EXISTS USING (COVERING )?INDEX inspections_visits \(subject_id=\? AND inspected_on>\? AND inspected_on<\?\)|SEARCH inspections USING COVERING INDEX inspections_coverage \(inspected_on>\? AND inspected_on<\?\)/)
  }
})
