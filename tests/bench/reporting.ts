import { openApp } from '../../electron/core/app'
import { fixedClock } from '../../electron/core/clock'
import { addDays } from '../../electron/core/dates'
import { measure, type BenchResult } from './measure'

/**
 * 报送 overview of a year-long campaign: 60 villages owing a weekly report every Thursday for 52
 * weeks, about four in five sent (some late), so 3 120 cells to classify from ~2 500 submissions.
 */
export async function bench(): Promise<BenchResult[]> {
  const app = openApp({ dataDir: null, clock: fixedClock('2025-01-10T02:00:00.000Z') })
  for (let n = 1; n <= 60; n++) await app.call('areas/create', { name: `第${n}村`, sortOrder: n })
  const at = app.ctx.clock.now()
  app.ctx.db
    .prepare(`INSERT INTO campaigns (id, name, year, start_date, end_date, status, created_at, created_by, updated_at, updated_by)
      VALUES ('bench', '全年消防安全专项行动', 2024, '2024-01-01', '2024-12-29', 'active', ?, 'bench', ?, 'bench')`)
    .run(at, at)
  const rhythm = await app.call('reporting/createRhythm', { campaignId: 'bench', name: '每周工作推进情况表', rhythm: 'weekly:4', startDate: '2024-01-01', ownerGroup: 'villages' })
  const o = await app.call('reporting/overview', { rhythmId: rhythm.id })
  let k = 0
  for (const p of o.periods) {
    for (const u of o.units) {
      k++
      if (k % 5 === 0) continue
      await app.call('reporting/record', { rhythmId: rhythm.id, unitId: u.id, periodKey: p.key, receivedDate: addDays(p.due, (k % 4) - 2) })
    }
  }
  const check = await app.call('reporting/overview', { rhythmId: rhythm.id })
  console.log(`${check.units.length} units × ${check.periods.length} weeks: received ${check.totals.received}, late ${check.totals.late}, missing ${check.totals.missing}`)
  const results = [
    await measure('reporting/overview 60 units × 52 weeks', 20, () => app.invoke('reporting/overview', { rhythmId: rhythm.id })),
    await measure('reporting/due (dashboard), 60 units × 52 weeks', 20, () => app.invoke('reporting/due', {})),
  ]
  app.close()
  return results
}
