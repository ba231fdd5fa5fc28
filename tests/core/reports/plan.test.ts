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

it('counts 期末逾期未整改 over the cases open at the period’s end, not over every case found by then', () => {
  const overdue = plans.filter((p) => p.sql.includes('e.to_status') && p.sql.includes('count(*) AS n FROM cases c WHERE'))
  // this quarter and the one before
  expect(overdue).toHaveLength(2)
  for (const p of overdue) expect(p.plan, p.sql).toMatch(/^MULTI-INDEX OR/)
})

it('counts every figure and its breakdowns from indexes alone, but 期末逾期 (which reads the timeline)', () => {
  const tallies = plans.filter((p) => p.sql.includes('count(*) AS n FROM cases c WHERE') && !p.sql.includes('e.to_status'))
  expect(tallies.length).toBeGreaterThanOrEqual(12)
  // 挂牌督办 figures pick their cases by id from the supervisions
  for (const p of tallies.filter((t) => !t.sql.includes('c.id IN'))) {
    const searches = p.plan.split(' | ').filter((s) => s.startsWith('SEARCH c') || s.startsWith('SCAN c'))
    for (const s of searches) expect(s, p.sql).toMatch(/COVERING INDEX|USING INDEX cases_status \(status=\?\)/)
  }
})

it('groups the period compared with by severity alone: it shows totals and 重大火灾隐患, and grouping by all four is most of a count', () => {
  const counts = plans.filter((p) => p.sql.includes('count(*) AS n FROM cases c WHERE'))
  const bySeverity = counts.filter((p) => p.sql.startsWith('SELECT c.severity AS severity, count(*)'))
  const byAll = counts.filter((p) => p.sql.startsWith('SELECT c.area_id AS area, c.category_id AS category'))
  // eight figures for each period
  expect([byAll.length, bySeverity.length]).toEqual([8, 8])
})
