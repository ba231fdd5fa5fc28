import { expect, it } from 'vitest'
import { testApp } from '../helpers'
import { expectedSets, readLedger, type RawCase } from '../reports/recompute'

/*
 * A 工作通报's figures per village against the summary's independent recomputation (plain
 * TypeScript over the raw rows, tests/core/reports/recompute.ts) on generated ledgers: the draft
 * reads the period's cases and those open at its end as separate ranges of cases, which must
 * still count every case once.
 */
it.each([1, 2, 3])('counts each village’s found, closed, overdue and open major hazards as the ledger stood, seed %i', async (seed) => {
  const app = testApp('2024-06-12T02:00:00.000Z')
  await app.call('demo/load', { subjects: 60, cases: 500, seed })
  const ledger = readLedger(app.ctx.db)
  for (const [from, to] of [['2024-03-01', '2024-05-31'], ['2023-10-01', '2024-01-15']] as const) {
    const d = await app.call('circulars/draft', { from, to })
    const e = expectedSets(ledger, from, to)
    const byArea = (cases: readonly RawCase[], areaId: string) => cases.filter((c) => c.area_id === areaId).length
    const areas = new Set(ledger.cases.filter((c) => c.status !== 'voided' && c.found_date <= to).map((c) => c.area_id))
    expect(d.areas.map((a) => a.areaId).sort()).toEqual([...areas].sort())
    for (const a of d.areas) {
      const major = (cases: readonly RawCase[]) => cases.filter((c) => c.severity === 'major')
      expect([a.found, a.closed, a.overdueAtEnd, a.majorOverdue, a.openMajor], `${from}…${to} ${a.areaName}`).toEqual([
        byArea(e.found, a.areaId),
        byArea(e.foundClosed, a.areaId),
        byArea(e.overdueAtEnd, a.areaId),
        byArea(major(e.overdueAtEnd), a.areaId),
        byArea(major(e.openAtEnd), a.areaId),
      ])
    }
    expect(d.figures.overdueAtEnd).toBe(e.overdueAtEnd.length)
    expect(d.figures.closedInPeriod).toBe(e.closed.length)
    expect(e.overdueAtEnd.length).toBeGreaterThan(0)
  }
  app.close()
}, 30_000)
