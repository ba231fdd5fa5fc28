import { describe, expect, it } from 'vitest'
import { addDays } from '../../../electron/core/dates'
import { count } from '../../../electron/core/reports/repo'
import { caseFigures } from '../../../electron/core/reports/figures'
import { overdueCountWhere } from '../../../electron/core/reports/overdue-count'
import type { SqlWhere } from '../../../electron/core/reports/figures/types'
import { testApp } from '../helpers'

/*
 * 期末逾期 is counted from whichever range of the cases closed after the day is smaller: the
 * closures after it, or the cases found by it (overdue-count.ts). Either way the cases are the
 * figure's own: its `where`, which the report states, counts the same at every day.
 */
describe('期末逾期 counted from the smaller range', () => {
  it('counts what the figure states, reading the cases found by an early day and the closures after a late one', async () => {
    const today = '2024-06-20'
    const app = testApp(`${today}T02:00:00.000Z`)
    await app.call('demo/load', { subjects: 60, cases: 600, seed: 4 })
    const db = app.ctx.db
    const plan = (w: SqlWhere) => (db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM cases c WHERE ${w.sql}`).all(w.params) as { detail: string }[]).map((r) => r.detail).join(' | ')
    const first = db.prepare('SELECT min(found_date) FROM cases').pluck().get() as string
    let overdue = 0
    for (let day = addDays(first, 20); day < today; day = addDays(day, 23)) {
      const p = { from: day, to: day }
      const counted = overdueCountWhere(db, p)
      expect(count(db, counted), day).toBe(count(db, caseFigures.overdueAtEnd.where(p)))
      overdue += count(db, counted)
    }
    expect(overdue).toBeGreaterThan(0)
    const early = overdueCountWhere(db, { from: addDays(first, 30), to: addDays(first, 30) })
    expect(plan(early)).toMatch(/cases_(period|found) \(found_date<\?\)/)
    expect(plan(early)).not.toContain('cases_closed')
    const late = addDays(today, -40)
    expect(plan(overdueCountWhere(db, { from: late, to: late }))).toContain('SEARCH c USING INDEX cases_closed (closed_date>?)')
  })
})
