import { afterEach, describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'

// Monday 2026-12-07, a week into a campaign the office typed in without a task list file.
let app: ReturnType<typeof testApp>
afterEach(() => app.close())

async function campaign() {
  app = testApp('2026-12-07T02:00:00.000Z')
  const police = await app.call('responsibleUnits/create', { name: '派出所' })
  const village = await app.call('areas/create', { name: '长江村', sortOrder: 1 })
  const c = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2026, startDate: '2026-11-30' })
  const unitOf = (await app.call('responsibleUnits/list', {})).find((u) => u.name === village.name)
  return { c, police, villageUnit: unitOf!.id }
}

describe('a task typed in by hand', () => {
  it('reads its 时限 as the import does, numbers itself after the last task, and is owed by the units chosen', async () => {
    const { c, police, villageUnit } = await campaign()
    const a = await app.call('tasks/create', { campaignId: c.id, content: '开展出租房消防安全排查', lead: [police.id], helpers: ['group:villages'], dueText: '12月底前' })
    expect(a).toMatchObject({ seq: 1, deadline: '2026-12-31', recurring: null, lead: [{ name: '派出所', unitId: police.id }], helpers: [{ name: '各村（社区）', group: 'villages' }] })
    expect(a.progress.map((p) => p.unitName)).toEqual(['派出所', '长江村'])
    const b = await app.call('tasks/create', { campaignId: c.id, content: '报送工作推进情况', lead: [villageUnit], dueText: '每月26日前' })
    expect(b).toMatchObject({ seq: 2, recurring: 'monthly:26', nextDue: '2026-12-26' })
    const d = await app.call('tasks/create', { campaignId: c.id, content: '落实网格巡查', lead: ['group:villages'], dueText: '长期坚持' })
    expect(d).toMatchObject({ seq: 3, deadline: null, recurring: null, dueText: '长期坚持' })
    // the unit it names joins the campaign, as an imported list's do
    expect((await app.call('campaigns/get', { id: c.id })).units.map((u) => u.name)).toEqual(['派出所', '长江村'])
    expect((await app.call('tasks/list', { campaignId: c.id })).map((t) => t.seq)).toEqual([1, 2, 3])
  })

  it('refuses what the import refuses, naming the field', async () => {
    const { c, police } = await campaign()
    expect(await errorOf(app, 'tasks/create', { campaignId: c.id, content: '', lead: [police.id] })).toMatchObject({ field: 'content' })
    expect(await errorOf(app, 'tasks/create', { campaignId: c.id, content: '排查', lead: [] })).toMatchObject({ field: 'lead', message: '请选择牵头单位' })
    expect(await errorOf(app, 'tasks/create', { campaignId: c.id, content: '排查', lead: ['nobody'] })).toMatchObject({ field: 'lead.0' })
    expect(await errorOf(app, 'tasks/create', { campaignId: c.id, content: '排查', lead: [police.id], dueText: '11月20日前' })).toMatchObject({ field: 'dueText', message: expect.stringContaining('早于专项行动开始日期') })
  })

  it('is corrected and voided with a reason like any task', async () => {
    const { c, police } = await campaign()
    const a = await app.call('tasks/create', { campaignId: c.id, content: '排查', lead: [police.id], dueText: '两会结束前' })
    expect(a).toMatchObject({ deadline: null, dueText: '两会结束前' })
    const fixed = await app.call('tasks/update', { id: a.id, content: '开展夜查', dueText: '两会结束前', deadline: '2027-03-15' })
    expect(fixed).toMatchObject({ content: '开展夜查', deadline: '2027-03-15' })
    const voided = await app.call('tasks/void', { id: a.id, reason: '误录' })
    expect(voided).toMatchObject({ status: 'voided', voidReason: '误录' })
    expect(await app.call('tasks/list', { campaignId: c.id })).toEqual([])
  })
})
