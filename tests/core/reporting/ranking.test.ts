import { afterEach, describe, expect, it } from 'vitest'
import { hazard } from '../cases/fixtures'
import { errorOf, testApp } from '../helpers'
import { seedCampaign } from './fixture'

const NOW = '2024-03-14T02:00:00.000Z'
let app: ReturnType<typeof testApp>
afterEach(() => app.close())

async function seeded() {
  app = testApp(NOW)
  const seed = await seedCampaign(app, { start: '2024-02-02', end: '2024-04-30' })
  const sheet = await app.call('ranking/saveItems', {
    campaignId: seed.campaignId,
    items: [
      { title: '村民委员会每月组织开展农村消防检查', points: 30 },
      { title: '入户检查率达到100%', points: 40 },
      { title: '开展消防安全宣传培训', points: 30 },
    ],
  })
  return { seed, sheet }
}

const task = (app: ReturnType<typeof testApp>, id: string, seq: number, deadline: string, unit: { unitId?: string; group?: string }) => {
  const at = app.ctx.clock.now()
  app.ctx.db
    .prepare(`INSERT INTO tasks (id, campaign_id, seq, content, deadline, status, created_at, created_by, updated_at, updated_by) VALUES (?, 'cp-1', ?, '排查', ?, 'open', ?, 't', ?, 't')`)
    .run(id, seq, deadline, at, at)
  app.ctx.db.prepare(`INSERT INTO task_units (task_id, role, position, written_name, unit_id, group_kind) VALUES (?, 'lead', 1, '名称', ?, ?)`).run(id, unit.unitId ?? null, unit.group ?? null)
}
const done = (app: ReturnType<typeof testApp>, taskId: string, unitId: string, date: string) => {
  const at = app.ctx.clock.now()
  app.ctx.db
    .prepare(`INSERT INTO task_progress (id, task_id, unit_id, status, reported_on, done_date, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, 'done', ?, ?, ?, 't', ?, 't')`)
    .run(`${taskId}-${unitId}`, taskId, unitId, date, date, at, at)
}

describe('实地评分表 and monthly targets', () => {
  it('edits the table per campaign, keeping ids and voiding rows taken out', async () => {
    const { seed, sheet } = await seeded()
    expect(sheet.total).toBe(100)
    const [a, b] = sheet.items
    const next = await app.call('ranking/saveItems', { campaignId: seed.campaignId, items: [{ id: b?.id, title: '入户检查率', points: 50 }, { id: a?.id, title: a?.title ?? '', points: 50 }] })
    expect(next.items.map((i) => [i.id, i.seq, i.points])).toEqual([[b?.id, 1, 50], [a?.id, 2, 50]])
    expect(app.ctx.db.prepare('SELECT count(*) FROM score_items WHERE voided_at IS NOT NULL').pluck().get()).toBe(1)
  })

  it('records a visit’s item scores, refuses a score above the item’s points, and counts the month against the targets', async () => {
    const { seed, sheet } = await seeded()
    await app.call('ranking/setTargets', { campaignId: seed.campaignId, villagesPerMonth: 2, householdsPerMonth: 50 })
    const scores = sheet.items.map((i) => ({ itemId: i.id, score: i.points - 5 }))
    const v = await app.call('ranking/recordVisit', { campaignId: seed.campaignId, unitId: seed.villages[0] as string, visitDate: '2024-03-05', households: 30, scores })
    expect([v.score, v.maxScore]).toEqual([85, 100])
    const over = await errorOf(app, 'ranking/recordVisit', { campaignId: seed.campaignId, unitId: seed.villages[1] as string, visitDate: '2024-03-06', scores: sheet.items.map((i) => ({ itemId: i.id, score: 45 })) })
    expect(over.message).toContain('得分不能超过30分')
    expect(await errorOf(app, 'ranking/recordVisit', { campaignId: seed.campaignId, unitId: 'ru-police', visitDate: '2024-03-06', scores })).toMatchObject({ field: 'unitId' })
    const p = await app.call('ranking/progress', { campaignId: seed.campaignId, month: '2024-03' })
    expect(p).toMatchObject({ villagesVisited: 1, villagesTarget: 2, households: 30, householdsTarget: 50, visits: 1 })
    expect(p.byVillage[0]).toMatchObject({ unitName: '长江村', averageRate: 0.85 })
    expect(p.notVisited.map((u) => u.unitName)).toEqual(['黄河村', '淮河社区'])
  })
})

describe('the ranking', () => {
  it('ranks villages from visit scores, tasks and reports on time and open hazards, and departments without visits or hazards', async () => {
    const { seed, sheet } = await seeded()
    const [east, west, third] = seed.villages as [string, string, string]
    // 长江村: visit 80/100; task on time 1/1; weekly reports on time
    await app.call('ranking/recordVisit', { campaignId: seed.campaignId, unitId: east, visitDate: '2024-03-05', scores: sheet.items.map((i, n) => ({ itemId: i.id, score: n === 0 ? i.points - 20 : i.points })) })
    task(app, 't1', 1, '2024-03-01', { group: 'villages' })
    done(app, 't1', east, '2024-02-28')
    done(app, 't1', west, '2024-03-05')
    task(app, 't2', 2, '2024-03-10', { unitId: 'ru-police' })
    done(app, 't2', 'ru-police', '2024-03-09')
    const rhythm = await app.call('reporting/createRhythm', { campaignId: seed.campaignId, name: '每周工作推进情况表', rhythm: 'weekly:4', startDate: '2024-02-02', remindDays: 1, graceDays: 2, ownerGroup: 'villages' })
    for (const week of ['2024-W06', '2024-W07', '2024-W08', '2024-W09', '2024-W10']) {
      const p = (await app.call('reporting/overview', { rhythmId: rhythm.id })).periods.find((x) => x.key === week)
      await app.call('reporting/record', { rhythmId: rhythm.id, unitId: east, periodKey: week, receivedDate: p?.due ?? '' })
      await app.call('reporting/record', { rhythmId: rhythm.id, unitId: west, periodKey: week, receivedDate: p?.cutoff ?? '' })
    }
    // two open hazards in 淮河社区
    const area = app.ctx.db.prepare('SELECT area_id FROM responsible_units WHERE id = ?').pluck().get(third) as string
    const shop = await app.call('subjects/create', { name: '淮河小吃店', kindId: 'sk01', areaId: area, address: '淮河路1号', responsibleName: '李某' })
    await app.call('cases/create', hazard({ subjectId: shop.id }))
    await app.call('cases/create', hazard({ subjectId: shop.id }))

    const r = await app.call('ranking/get', { campaignId: seed.campaignId })
    const row = (name: string) => [...r.villages, ...r.departments].find((x) => x.name === name)
    // 长江村: (40×0.8 + 20×1 + 20×1 + 20×1) / 100
    expect(row('长江村')).toMatchObject({ score: 92, rank: 1, parts: { visits: 0.8, tasks: 1, reports: 1, hazards: 1 } })
    // 黄河村: no visit; task late; reports all late → (20×0 + 20×0.5 + 20×1) / 60
    expect(row('黄河村')).toMatchObject({ score: 50, parts: { visits: null, tasks: 0, reports: 0.5, hazards: 1 } })
    // 淮河社区: task not done, reports all missing, 2 open hazards → (0 + 0 + 20×0.8) / 60
    expect(row('淮河社区')).toMatchObject({ score: 26.7, rank: 3, parts: { tasks: 0, reports: 0, hazards: 0.8 } })
    expect(row('派出所')).toMatchObject({ score: 100, parts: { visits: null, tasks: 1, reports: null, hazards: null } })
    expect(row('安监站')).toMatchObject({ score: null, rank: null })
    expect(r.formula[0]).toContain('40×实地评分率')
  })

  it('takes its weights from the settings and prints them', async () => {
    const { seed } = await seeded()
    await app.call('settings/update', { rankingWeightVisits: 0, rankingHazardCap: 4 })
    const r = await app.call('ranking/get', { campaignId: seed.campaignId })
    expect(r.weights).toMatchObject({ visits: 0, hazardCap: 4 })
    expect(r.formula.join('')).toContain('÷ 4')
  })
})
