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
let plans: { sql: string; plan: string }[]

beforeAll(async () => {
  app = testApp(TODAY)
  await edgeLedger(app)
  const db = app.ctx.db
  const calls = await recordSql(db, () => app.invoke('reports/summary', { quarter: '2024Q1' }))
  plans = calls.map((c) => ({
    sql: c.sql.replace(/\s+/g, ' '),
    plan: (db.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...c.args) as { detail: string }[]).map((r) => r.detail).join(' | '),
  }))
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

const passes = () => plans.filter((p) => p.sql.includes('UNION ALL') && p.sql.includes('char(1)'))

it('counts the figures that follow the cases’ dates in one pass per period, each range of cases read from an index, none from the whole table', () => {
  // this quarter (grouped by the four dimensions) and the one before (by severity alone: it shows totals and 重大火灾隐患)
  expect(passes().map((p) => p.sql.slice(0, p.sql.indexOf(' || char(1)')))).toEqual(['SELECT c.area_id', 'SELECT c.severity'])
  for (const p of passes()) {
    const reads = p.plan.split(' | ').filter((s) => s.startsWith('SEARCH c') || s.startsWith('SCAN c'))
    expect(reads, p.sql).toHaveLength(4)
    for (const r of reads) expect(r, p.sql).toMatch(/^SEARCH c USING (COVERING )?INDEX cases_(period|open|status|closed) /)
    // grouped in the handler, not sorted by SQLite
    expect(p.plan, p.sql).not.toContain('TEMP B-TREE')
  }
})

it('counts the 挂牌督办 figures from the supervisions, and the months of the trend each from a range of an index', () => {
  const others = plans.filter((p) => p.sql.includes('count(*) AS n FROM cases c WHERE'))
  const supervised = others.filter((p) => p.sql.includes('c.id IN (SELECT v.case_id FROM supervisions v'))
  // 新挂牌 and 期末在督, this quarter and the one before
  expect(supervised).toHaveLength(4)
  const months = others.filter((p) => !supervised.includes(p))
  // found and closed in each of the three months
  expect(months).toHaveLength(6)
  for (const p of months) expect(p.plan, p.sql).toMatch(/^SEARCH c USING COVERING INDEX cases_(period|closed) \((found|closed)_date>\? AND (found|closed)_date<\?\)$/)
})
