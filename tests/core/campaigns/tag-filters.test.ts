import { describe, expect, it } from 'vitest'
import { caseIn, smallLedger } from '../cases/fixtures'
import { testApp } from '../helpers'

/**
 * Two hazards of the shop and one of the factory, each with its notice; the factory's hazard, its
 * notice, an interview and a supervision are tagged with the campaign, the rest not.
 */
async function tagged() {
  const app = testApp()
  const ledger = await smallLedger(app)
  const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2024, startDate: '2024-01-01' })
  const other = await app.call('campaigns/create', { name: '电动自行车专项整治', year: 2024, startDate: '2024-02-01' })
  await caseIn(app, 'noticed', { subjectId: ledger.shop.id })
  await caseIn(app, 'noticed', { subjectId: ledger.shop.id, description: '疏散通道堆放杂物' })
  const major = await caseIn(app, 'rectifying', { subjectId: ledger.factory.id, severity: 'major', description: '车间与员工宿舍设置在同一建筑内' })
  const notice = (await app.call('documents/list', { caseId: major.id })).rows[0]
  const interview = await app.call('interviews/create', {
    kind: 'warning',
    subjectId: ledger.factory.id,
    interviewees: [{ name: '陈晓东', unit: '乐清市鑫达电气有限公司', post: '法定代表人', phone: '' }],
    interviewers: '镇消安委办',
    plannedAt: '2024-03-06T09:00',
    place: '镇政府',
    reason: '重大火灾隐患整改不力',
  })
  app.clock.set('2024-03-20T01:00:00.000Z')
  const supervision = await app.call('supervisions/create', {
    caseId: major.id,
    leadDepartment: '镇应急管理办公室',
    responsiblePerson: '陈晓东',
    responsiblePhone: '13857712345',
    duty: '法定代表人陈晓东为整改第一责任人',
    measures: '员工宿舍整体搬离车间所在建筑',
    funding: '企业自筹',
    contingency: '落实24小时值班巡查',
    fixDeadline: '2024-04-30',
    supervisionDeadline: '2024-05-15',
    reportRhythm: 'weekly',
  })
  await app.call('campaigns/tag', { campaignId: campaign.id, entity: 'case', ids: [major.id] })
  await app.call('campaigns/tag', { campaignId: campaign.id, entity: 'document', ids: [notice?.id ?? ''] })
  await app.call('campaigns/tag', { campaignId: campaign.id, entity: 'interview', ids: [interview.id] })
  await app.call('campaigns/tag', { campaignId: campaign.id, entity: 'supervision', ids: [supervision.id] })
  return { app, ledger, campaign, other, major, notice, interview, supervision }
}

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
  })

  it('lists the inspections recorded for the campaign, and none after the tag is cleared', async () => {
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
    expect((await app.call('inspections/list', {})).total).toBe(2)
    await app.call('campaigns/tag', { campaignId: null, entity: 'inspection', ids: [found.inspection.id] })
    expect((await app.call('inspections/list', { campaignId: campaign.id })).total).toBe(0)
  })
})
