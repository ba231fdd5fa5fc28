import { afterEach, describe, expect, it } from 'vitest'
import { testApp } from '../helpers'
import { seedCampaign } from './fixture'

// Thursday 2024-03-14, six weeks into a campaign that started on Friday 2024-02-02.
const NOW = '2024-03-14T02:00:00.000Z'
let app: ReturnType<typeof testApp>
afterEach(() => app.close())

async function weeklyReport(startDate?: string) {
  app = testApp(NOW)
  const seed = await seedCampaign(app, { start: '2024-02-02', end: '2024-04-30' })
  const stated = startDate ? { startDate } : {}
  const rhythm = await app.call('reporting/createRhythm', { campaignId: seed.campaignId, name: '每周工作推进情况表', rhythm: 'weekly:4', remindDays: 1, graceDays: 2, ownerGroup: 'villages', ...stated })
  return { seed, rhythm }
}

/** What the grid, the campaign figures, the ranking and the 工作台 say a village has missed. */
async function missedEverywhere(campaignId: string, rhythmId: string) {
  const grid = await app.call('reporting/overview', { rhythmId })
  const figures = await app.call('reporting/campaignFigures', { campaignId })
  const ranking = await app.call('ranking/get', { campaignId })
  const due = await app.call('reporting/due', {})
  return {
    firstDue: grid.periods[0]?.due,
    gridMissing: grid.totals.missing,
    figuresMissing: figures.reports.missing,
    rankingOwed: ranking.villages.find((v) => v.name === '长江村')?.reportsOwed,
    chased: due.filter((d) => d.missing > 0).map((d) => d.periodLabel),
  }
}

describe('a 报送 rhythm owes periods from its own start', () => {
  it('entered mid-campaign without a 起报日期, it owes no week that was due before it existed — in the grid, the figures, the ranking and the 催报', async () => {
    const { seed, rhythm } = await weeklyReport()
    expect(rhythm.owedFrom).toBe('2024-03-14')
    expect(await missedEverywhere(seed.campaignId, rhythm.id)).toEqual({ firstDue: '2024-03-14', gridMissing: 0, figuresMissing: 0, rankingOwed: 0, chased: [] })
  })

  it('with a 起报日期 stated back to the campaign start, the weeks since then are owed and the unsent ones missing', async () => {
    const { seed, rhythm } = await weeklyReport('2024-02-02')
    expect(rhythm.owedFrom).toBe('2024-02-02')
    const m = await missedEverywhere(seed.campaignId, rhythm.id)
    // Thursdays 02-08 … 03-07 are past their cut-off: 5 weeks × 3 villages
    expect(m).toMatchObject({ firstDue: '2024-02-08', gridMissing: 15, figuresMissing: 15, rankingOwed: 5 })
    expect(m.chased).toEqual(['2024年3月4日—3月10日'])
  })

  it('entered before the campaign starts, it owes from the campaign start', async () => {
    app = testApp('2024-01-10T02:00:00.000Z')
    const seed = await seedCampaign(app, { start: '2024-02-02', end: '2024-04-30' })
    const rhythm = await app.call('reporting/createRhythm', { campaignId: seed.campaignId, name: '周报', rhythm: 'weekly:4', ownerGroup: 'villages' })
    app.clock.set(NOW)
    const grid = await app.call('reporting/overview', { rhythmId: rhythm.id })
    expect(grid.periods[0]?.due).toBe('2024-02-08')
  })
})
