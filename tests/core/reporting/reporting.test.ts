import { afterEach, describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'
import { seedCampaign } from './fixture'

// Thursday 2024-03-14; the campaign started on Friday 2024-02-02.
const NOW = '2024-03-14T02:00:00.000Z'
let app: ReturnType<typeof testApp>
afterEach(() => app.close())

async function weekly() {
  app = testApp(NOW)
  const seed = await seedCampaign(app, { start: '2024-02-02', end: '2024-04-30' })
  const rhythm = await app.call('reporting/createRhythm', {
    campaignId: seed.campaignId,
    name: '每周工作推进情况表',
    rhythm: 'weekly:4',
    startDate: '2024-02-02',
    remindDays: 1,
    graceDays: 2,
    ownerGroup: 'villages',
    figureLabels: ['入户检查户数', '发现隐患'],
    withIncidents: true,
  })
  return { seed, rhythm }
}

describe('报送: a weekly report every Thursday from every village', () => {
  it('owes every village each Thursday from the campaign start, and says so as the notice does', async () => {
    const { rhythm } = await weekly()
    expect(rhythm.rhythmLabel).toBe('每周四')
    expect(rhythm.owedUnits.map((u) => u.name)).toEqual(['长江村', '黄河村', '淮河社区'])
    const o = await app.call('reporting/overview', { rhythmId: rhythm.id })
    // Thursdays from 02-08 to 04-25
    expect(o.periods.map((p) => p.due)).toContain('2024-02-08')
    expect(o.periods[0]?.due).toBe('2024-02-08')
    expect(o.periods.at(-1)?.due).toBe('2024-04-25')
    expect(o.currentKey).toBe('2024-W11')
  })

  it('computes on time, late and missing from the day received, and counts the overview', async () => {
    const { seed, rhythm } = await weekly()
    const [a, b, c] = seed.villages as [string, string, string]
    // week 10 (due 03-07, cut-off 03-09): on time, late, nothing (missing by today 03-14)
    await app.call('reporting/record', { rhythmId: rhythm.id, unitId: a, periodKey: '2024-W10', receivedDate: '2024-03-07', figures: { 入户检查户数: 120 } })
    const late = await app.call('reporting/record', { rhythmId: rhythm.id, unitId: b, periodKey: '2024-W10', receivedDate: '2024-03-09', content: '本周排查完毕' })
    expect(late.standing).toBe('late')
    // week 11 is due today: nothing in yet is 待报
    const o = await app.call('reporting/overview', { rhythmId: rhythm.id })
    const w10 = o.periods.findIndex((p) => p.key === '2024-W10')
    const w11 = o.periods.findIndex((p) => p.key === '2024-W11')
    expect(o.cells.map((row) => row[w10]?.standing)).toEqual(['on_time', 'late', 'missing'])
    expect(o.cells.map((row) => row[w11]?.standing)).toEqual(['due', 'due', 'due'])
    expect(o.periods[w10]?.counts).toMatchObject({ received: 2, onTime: 1, late: 1, missing: 1 })
    expect(o.cells[1]?.[w10]?.submissionId).toBe(late.id)
    // a report after the cut-off is kept but the week stays missing
    const after = await app.call('reporting/record', { rhythmId: rhythm.id, unitId: c, periodKey: '2024-W10', receivedDate: '2024-03-12' })
    expect(after.standing).toBe('missing')
  })

  it('refuses a second report for the same week, a unit that does not owe it, and a week outside the campaign', async () => {
    const { seed, rhythm } = await weekly()
    const unitId = seed.villages[0] as string
    await app.call('reporting/record', { rhythmId: rhythm.id, unitId, periodKey: '2024-W10', receivedDate: '2024-03-07' })
    expect(await errorOf(app, 'reporting/record', { rhythmId: rhythm.id, unitId, periodKey: '2024-W10', receivedDate: '2024-03-08' })).toMatchObject({ code: 'CONFLICT', field: 'unitId' })
    expect(await errorOf(app, 'reporting/record', { rhythmId: rhythm.id, unitId: 'ru-police', periodKey: '2024-W10', receivedDate: '2024-03-07' })).toMatchObject({ field: 'unitId' })
    expect((await errorOf(app, 'reporting/record', { rhythmId: rhythm.id, unitId, periodKey: '2024-W01', receivedDate: '2024-03-07' })).message).toContain('不在本事项的报送期内')
    expect(await errorOf(app, 'reporting/record', { rhythmId: rhythm.id, unitId, periodKey: '2024-W11', receivedDate: '2024-03-15' })).toMatchObject({ field: 'receivedDate' })
    expect(await errorOf(app, 'reporting/record', { rhythmId: rhythm.id, unitId, periodKey: '2024-W11', receivedDate: '2024-03-14', figures: { 整改: 1 } })).toMatchObject({ field: 'figures.整改' })
  })

  it('keeps the 火灾事故登记台账 rows that come with a report, and voids them with it', async () => {
    const { seed, rhythm } = await weekly()
    const s = await app.call('reporting/record', {
      rhythmId: rhythm.id,
      unitId: seed.villages[0] as string,
      periodKey: '2024-W11',
      receivedDate: '2024-03-14',
      incidents: [{ occurredOn: '2024-03-10', place: '长江村3组', party: '王某某户', cause: '电气线路故障', injuries: 1, lossYuan: 8000 }],
    })
    expect(s.incidentIds).toHaveLength(1)
    const list = await app.call('incidents/list', { campaignId: seed.campaignId })
    expect(list.rows[0]).toMatchObject({ place: '长江村3组', unitName: '长江村', submissionId: s.id })
    expect(list.figures).toMatchObject({ incidents: 1, injuries: 1, lossYuan: 8000 })
    await app.call('reporting/voidSubmission', { id: s.id, reason: '录错单位' })
    expect((await app.call('incidents/list', { campaignId: seed.campaignId })).total).toBe(0)
    const o = await app.call('reporting/overview', { rhythmId: rhythm.id })
    expect(o.cells[0]?.find((_, i) => o.periods[i]?.key === '2024-W11')?.standing).toBe('due')
  })
})

describe('催报', () => {
  it('issues one 函告 to every unit not in, through the register, and remembers it', async () => {
    const { seed, rhythm } = await weekly()
    await app.call('reporting/record', { rhythmId: rhythm.id, unitId: seed.villages[0] as string, periodKey: '2024-W11', receivedDate: '2024-03-14' })
    const draft = await app.call('reporting/draftChase', { rhythmId: rhythm.id, periodKey: '2024-W11' })
    expect(draft.units.map((u) => u.name)).toEqual(['黄河村', '淮河社区'])
    expect(draft.letter.kind).toBe('notice_letter')
    expect(draft.letter.data.recipient).toBe('黄河村、淮河社区')
    expect(String(draft.letter.data.matter)).toContain('黄河村（待报）')
    const done = await app.call('reporting/chase', { rhythmId: rhythm.id, periodKey: '2024-W11', method: 'letter', data: draft.letter.data })
    expect(done.number).toMatch(/函〔2024〕\d+号/)
    expect(done.units).toHaveLength(2)
    const again = await app.call('reporting/draftChase', { rhythmId: rhythm.id, periodKey: '2024-W11' })
    expect(again.reminders).toMatchObject([{ method: 'letter', documentNumber: done.number, units: 2 }])
    const doc = app.ctx.db.prepare('SELECT kind, campaign_id FROM documents WHERE id = ?').get(done.documentId) as { kind: string; campaign_id: string }
    expect(doc).toEqual({ kind: 'notice_letter', campaign_id: seed.campaignId })
  })

  it('addresses every village as 各村（社区） when none is in, and prints a list instead when asked', async () => {
    const { rhythm } = await weekly()
    const draft = await app.call('reporting/draftChase', { rhythmId: rhythm.id, periodKey: '2024-W11' })
    expect(draft.letter.data.recipient).toBe('各村（社区）')
    const listed = await app.call('reporting/chase', { rhythmId: rhythm.id, periodKey: '2024-W11', method: 'list' })
    expect([listed.documentId, listed.units.length]).toEqual([null, 3])
  })

  it('refuses a 催报 before the reminder day and when everyone is in', async () => {
    const { seed, rhythm } = await weekly()
    expect((await errorOf(app, 'reporting/chase', { rhythmId: rhythm.id, periodKey: '2024-W12', method: 'list' })).message).toContain('尚未到提醒日')
    for (const unitId of seed.villages) await app.call('reporting/record', { rhythmId: rhythm.id, unitId, periodKey: '2024-W11', receivedDate: '2024-03-14' })
    expect((await errorOf(app, 'reporting/chase', { rhythmId: rhythm.id, periodKey: '2024-W11', method: 'list' })).message).toContain('均已报送')
  })
})

describe('the dashboard’s reports', () => {
  it('shows this week’s report and last week’s still missing', async () => {
    const { seed, rhythm } = await weekly()
    await app.call('reporting/record', { rhythmId: rhythm.id, unitId: seed.villages[0] as string, periodKey: '2024-W10', receivedDate: '2024-03-07' })
    const due = await app.call('reporting/due', {})
    expect(due.map((d) => [d.periodKey, d.owed, d.received, d.outstanding, d.missing])).toEqual([
      ['2024-W10', 3, 1, 2, 2],
      ['2024-W11', 3, 0, 3, 0],
    ])
  })
})
