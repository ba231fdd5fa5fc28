import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'

interface UnitRow {
  name: string
  unit_type: string
  area_id: string | null
  voided_at: string | null
}

describe('0007 campaign schema', () => {
  it('keeps one responsible unit per village, renamed and voided with its area', async () => {
    const app = testApp()
    const area = await app.call('areas/create', { name: '新城社区', headName: '王村长', headPhone: '13800000000' })
    const units = () => app.ctx.db.prepare('SELECT name, unit_type, area_id, voided_at FROM responsible_units').all() as UnitRow[]
    expect(units()).toEqual([{ name: '新城社区', unit_type: 'village', area_id: area.id, voided_at: null }])
    await app.call('areas/update', { id: area.id, name: '新城村' })
    expect(units()[0]?.name).toBe('新城村')
    await app.call('areas/void', { id: area.id, reason: '撤并' })
    expect(units()[0]?.voided_at).not.toBeNull()
  })

  it('tags cases, inspections, interviews, supervisions and documents with a campaign', () => {
    const app = testApp()
    for (const table of ['cases', 'inspections', 'interviews', 'supervisions', 'documents']) {
      const cols = app.ctx.db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]
      expect(cols.map((c) => c.name)).toContain('campaign_id')
    }
  })

  it('accepts only the rhythms the deadline reader produces', () => {
    const app = testApp()
    const db = app.ctx.db
    const at = '2024-01-01T00:00:00.000Z'
    db.prepare(`INSERT INTO campaigns (id, name, year, start_date, status, created_at, created_by, updated_at, updated_by)
      VALUES ('c1', '冬春火灾防控', 2020, '2020-11-20', 'active', ?, 't', ?, 't')`).run(at, at)
    const insert = (id: string, recurring: string | null) =>
      db.prepare(`INSERT INTO tasks (id, campaign_id, seq, content, recurring, status, created_at, created_by, updated_at, updated_by)
        VALUES (?, 'c1', ?, '任务', ?, 'open', ?, 't', ?, 't')`).run(id, Number(id.slice(1)), recurring, at, at)
    for (const [i, r] of [null, 'monthly', 'monthly:26', 'weekly:4', 'quarterly'].entries()) insert(`t${i + 1}`, r)
    expect(() => insert('t9', 'weekly:8')).toThrow()
    expect(() => insert('t10', 'monthly:32')).toThrow()
    expect(() => db.prepare("DELETE FROM tasks WHERE id = 't1'").run()).toThrow(/voided/)
  })
})

describe('campaign tags', () => {
  it('tags records with a campaign and counts them, and clears the tag', async () => {
    const app = testApp()
    const c = await app.call('campaigns/create', { name: '三年行动', year: 2021, startDate: '2021-01-01' })
    const area = await app.call('areas/create', { name: '洪畴村' })
    const interview = await app.call('interviews/create', {
      kind: 'work',
      areaId: area.id,
      interviewees: [{ name: '王村长', unit: '洪畴村', post: '书记', phone: '' }],
      interviewers: '镇消安委办',
      plannedAt: '2021-03-01T09:00',
      place: '镇政府',
      reason: '工作推进不力',
    })
    expect(await app.call('campaigns/tag', { campaignId: c.id, entity: 'interview', ids: [interview.id] })).toMatchObject({ interviews: 1, cases: 0 })
    expect((await errorOf(app, 'campaigns/tag', { campaignId: c.id, entity: 'case', ids: ['nope'] })).message).toBe('第1条记录不存在')
    await app.call('campaigns/tag', { campaignId: null, entity: 'interview', ids: [interview.id] })
    expect(await app.call('campaigns/tagged', { id: c.id })).toMatchObject({ interviews: 0 })
  })
})
