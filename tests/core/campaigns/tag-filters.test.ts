import { describe, expect, it } from 'vitest'
import { tagged } from './tagged-fixture'

describe('lists cut by campaign', () => {
  it('lists only the hazards, documents, interviews and supervisions tagged with the campaign', async () => {
    const { app, campaign, other, major, notice, interview, supervision } = await tagged()
    expect((await app.call('cases/list', {})).total).toBe(3)
    expect((await app.call('cases/list', { campaignId: campaign.id })).rows.map((c) => c.id)).toEqual([major.id])
    expect((await app.call('cases/list', { campaignId: other.id })).total).toBe(0)
    expect((await app.call('documents/list', {})).total).toBe(3)
    expect((await app.call('documents/list', { campaignId: campaign.id })).rows.map((d) => d.id)).toEqual([notice?.id])
    expect((await app.call('interviews/list', { campaignId: campaign.id })).rows.map((i) => i.id)).toEqual([interview.id])
    expect((await app.call('interviews/list', { campaignId: other.id })).total).toBe(0)
    expect((await app.call('supervisions/list', { campaignId: campaign.id })).rows.map((s) => s.id)).toEqual([supervision.id])
    expect((await app.call('supervisions/list', { campaignId: other.id })).total).toBe(0)
    // each record says which campaign it carries, for its page's picker
    expect((await app.call('cases/get', { id: major.id })).campaignId).toBe(campaign.id)
    expect((await app.call('interviews/get', { id: interview.id })).campaignId).toBe(campaign.id)
    expect((await app.call('supervisions/get', { id: supervision.id })).campaignId).toBe(campaign.id)
    await app.call('campaigns/tag', { campaignId: null, entity: 'interview', ids: [interview.id] })
    expect((await app.call('interviews/get', { id: interview.id })).campaignId).toBeNull()
  })

  it('lists the inspections recorded for the campaign with the hazards they found, and none after the tag is cleared', async () => {
    const { app, ledger, campaign } = await tagged()
    await app.call('cases/createInspection', { subjectId: ledger.factory.id, date: '2024-03-18', source: 'routine', inspectors: '林海燕', notes: '未发现隐患' })
    const found = await app.call('cases/createInspection', {
      subjectId: ledger.shop.id,
      date: '2024-03-19',
      source: 'special',
      inspectors: '王志强',
      campaignId: campaign.id,
      hazards: [{ categoryId: 'cc01', severity: 'general', description: '灭火器过期', requirement: '更换灭火器', deadline: '2024-03-29' }],
    })
    const listed = await app.call('inspections/list', { campaignId: campaign.id })
    expect(listed.rows.map((i) => i.id)).toEqual([found.inspection.id])
    // the hazard that visit found is the campaign's too: its list and summary count it
    expect(found.cases[0]?.campaignId).toBe(campaign.id)
    expect((await app.call('cases/list', { campaignId: campaign.id })).rows.map((c) => c.description)).toContain('灭火器过期')
    // …and the 操作日志 of its registration says so
    const registered = (await app.call('audit/list', { entityId: found.cases[0]?.id ?? '' })).rows.find((r) => r.action === 'create')
    expect(registered?.data).toMatchObject({ description: '灭火器过期', campaignId: campaign.id })
    expect((await app.call('inspections/list', {})).total).toBe(2)
    await app.call('campaigns/tag', { campaignId: null, entity: 'inspection', ids: [found.inspection.id] })
    expect((await app.call('inspections/list', { campaignId: campaign.id })).total).toBe(0)
  })
})
