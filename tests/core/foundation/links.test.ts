import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { openDb } from '../../../electron/core/db/open'
import { hazard } from '../cases/fixtures'
import { T0, testApp } from '../helpers'
import { seedCampaign } from '../reporting/fixture'

/*
 * A link row (a campaign's units and stages, a 报送 rhythm's listed units, an incident's cases)
 * is a record: an edit that takes one out voids it with who, when and why, and the ledger keeps
 * who was in the set before; what the app shows is the live set only.
 */
let app = testApp()
afterEach(() => app.close())

const rows = (sql: string, ...args: string[]) => app.ctx.db.prepare(sql).all(...args) as Record<string, unknown>[]

async function onDuty() {
  const op = await app.call('operators/create', { name: '王晓东', roles: ['drafter'] })
  await app.call('operators/signIn', { id: op.id })
}

describe('an edit voids the links it takes out, never deletes them', () => {
  it("keeps a campaign's removed unit and a stage's earlier dates, voided with who, when and why", async () => {
    app = testApp()
    const seed = await seedCampaign(app, { start: '2024-01-01', end: null })
    const campaign = await app.call('campaigns/create', {
      name: '电动自行车专项整治',
      year: 2024,
      startDate: '2024-01-01',
      unitIds: seed.departments,
      stages: [{ stage: 'mobilize', startDate: '2024-01-01', endDate: '2024-01-10', dateText: '' }],
    })
    app.clock.set('2024-03-06T02:00:00.000Z')
    const edited = await app.call('campaigns/update', {
      id: campaign.id,
      unitIds: ['ru-safety', seed.villages[0]!],
      stages: [{ stage: 'mobilize', startDate: '2024-01-01', endDate: '2024-01-20', dateText: '' }],
    })

    expect(edited.units.map((u) => u.id).sort()).toEqual(['ru-safety', seed.villages[0]!].sort())
    expect(edited.stages).toEqual([{ stage: 'mobilize', startDate: '2024-01-01', endDate: '2024-01-20', dateText: '' }])
    expect(rows('SELECT unit_id, voided_at, void_reason FROM campaign_units WHERE campaign_id = ? AND voided_at IS NOT NULL', campaign.id)).toEqual([
      { unit_id: 'ru-police', voided_at: '2024-03-06T02:00:00.000Z', void_reason: '修改专项行动时改动或移出' },
    ])
    expect(rows('SELECT end_date, voided_at FROM campaign_stages WHERE campaign_id = ? ORDER BY created_at', campaign.id)).toEqual([
      { end_date: '2024-01-10', voided_at: '2024-03-06T02:00:00.000Z' },
      { end_date: '2024-01-20', voided_at: null },
    ])
    // The unit that stayed keeps the row made when it joined.
    expect(rows("SELECT created_at FROM campaign_units WHERE campaign_id = ? AND unit_id = 'ru-safety'", campaign.id)).toEqual([{ created_at: '2024-03-05T01:30:00.000Z' }])

    // Taken out and put back: a new live row beside the voided one.
    await app.call('campaigns/update', { id: campaign.id, unitIds: ['ru-police', 'ru-safety'] })
    expect(rows("SELECT voided_at IS NULL AS live FROM campaign_units WHERE campaign_id = ? AND unit_id = 'ru-police' ORDER BY created_at", campaign.id)).toEqual([
      { live: 0 },
      { live: 1 },
    ])
  })

  it("keeps a rhythm's unlisted unit and an incident's unlinked case, with the operator on duty; no link row can be deleted", async () => {
    app = testApp()
    await onDuty()
    const seed = await seedCampaign(app, { start: '2024-01-01', end: null })
    const rhythm = await app.call('reporting/createRhythm', { campaignId: seed.campaignId, name: '月报', rhythm: 'monthly:26', unitIds: seed.departments })
    const area = await app.call('areas/create', { name: '柳黄头村' })
    const shop = await app.call('subjects/create', { name: '好运来小吃店', kindId: 'sk01', areaId: area.id, address: '前街12号' })
    const a = await app.call('cases/create', hazard({ subjectId: shop.id }))
    const b = await app.call('cases/create', hazard({ subjectId: shop.id }))
    const incident = await app.call('incidents/create', { occurredOn: '2024-03-01', place: '前街12号', caseIds: [a.id, b.id] })

    expect((await app.call('reporting/updateRhythm', { id: rhythm.id, unitIds: ['ru-safety'] })).unitIds).toEqual(['ru-safety'])
    expect((await app.call('incidents/update', { id: incident.id, caseIds: [b.id] })).cases.map((c) => c.id)).toEqual([b.id])

    expect(rows('SELECT unit_id, void_reason, voided_by FROM report_rhythm_units WHERE voided_at IS NOT NULL')).toEqual([
      { unit_id: 'ru-police', void_reason: '修改报送事项时移出', voided_by: '王晓东' },
    ])
    expect(rows('SELECT case_id, void_reason, voided_by FROM fire_incident_cases WHERE voided_at IS NOT NULL')).toEqual([
      { case_id: a.id, void_reason: '修改火灾事故时取消关联', voided_by: '王晓东' },
    ])

    await app.call('campaigns/update', { id: seed.campaignId, stages: [{ stage: 'summary', startDate: null, endDate: null, dateText: '两会结束后' }] })
    for (const table of ['campaign_units', 'campaign_stages', 'report_rhythm_units', 'fire_incident_cases']) {
      expect(() => app.ctx.db.prepare(`DELETE FROM ${table}`).run(), table).toThrow(/voided, never deleted/)
    }
  })
})

describe('upgrading a file whose links were kept without stamps (migration 0025)', () => {
  it('keeps every link, live, with an id and the stamps it had', () => {
    const db = openDb(':memory:')
    migrate(db, { now: () => T0, list: migrations.filter((m) => m.version < 25) })
    const raw = (sql: string) => db.exec(sql)
    raw(`INSERT INTO responsible_units (id, name, unit_type, sort_order, created_at, created_by, updated_at, updated_by) VALUES ('ru-1', '派出所', 'department', 1, '${T0}', 'x', '${T0}', 'x')`)
    raw(`INSERT INTO campaigns (id, name, year, start_date, status, created_at, created_by, updated_at, updated_by) VALUES ('c1', '冬春', 2024, '2024-01-01', 'active', '${T0}', 'x', '${T0}', 'x')`)
    raw(`INSERT INTO campaign_units (campaign_id, unit_id, created_at, created_by) VALUES ('c1', 'ru-1', '2024-01-02', '李')`)
    raw(`INSERT INTO campaign_stages (campaign_id, stage, start_date, end_date, updated_at, updated_by) VALUES ('c1', 'mobilize', '2024-01-01', '2024-01-10', '2024-01-03', '张')`)
    raw(`INSERT INTO report_rhythms (id, campaign_id, name, rhythm, remind_days, grace_days, created_at, created_by, updated_at, updated_by) VALUES ('r1', 'c1', '月报', 'monthly', 2, 3, '${T0}', 'x', '2024-01-04', '赵')`)
    raw(`INSERT INTO report_rhythm_units (rhythm_id, unit_id) VALUES ('r1', 'ru-1')`)

    migrate(db, { now: () => T0 })
    const all = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[]
    expect(all('SELECT unit_id, created_at, created_by, voided_at FROM campaign_units')).toEqual([{ unit_id: 'ru-1', created_at: '2024-01-02', created_by: '李', voided_at: null }])
    expect(all('SELECT stage, end_date, created_at, created_by FROM campaign_stages')).toEqual([{ stage: 'mobilize', end_date: '2024-01-10', created_at: '2024-01-03', created_by: '张' }])
    expect(all('SELECT unit_id, created_at, created_by FROM report_rhythm_units')).toEqual([{ unit_id: 'ru-1', created_at: '2024-01-04', created_by: '赵' }])
    const ids = all('SELECT id FROM campaign_units UNION ALL SELECT id FROM campaign_stages UNION ALL SELECT id FROM report_rhythm_units').map((r) => r.id)
    expect(new Set(ids).size).toBe(3)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    db.close()
  })
})
