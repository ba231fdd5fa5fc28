import { caseIn, smallLedger } from '../cases/fixtures'
import { testApp } from '../helpers'

/** 挂牌督办 of the factory's major hazard: the staff who lead it, and its two deadlines. */
export const supervisionOf = (caseId: string, fixDeadline: string, supervisionDeadline: string) => ({
  caseId,
  leadDepartment: '镇应急管理办公室',
  responsiblePerson: '陈晓东',
  responsiblePhone: '13857712345',
  duty: '法定代表人陈晓东为整改第一责任人',
  measures: '员工宿舍整体搬离车间所在建筑',
  funding: '企业自筹',
  contingency: '落实24小时值班巡查',
  fixDeadline,
  supervisionDeadline,
  reportRhythm: 'weekly' as const,
})

/**
 * Two hazards of the shop and one of the factory, each with its notice; the factory's hazard, its
 * notice, an interview and a supervision are tagged with the campaign, the rest not.
 */
export async function tagged() {
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
  const supervision = await app.call('supervisions/create', supervisionOf(major.id, '2024-04-30', '2024-05-15'))
  await app.call('campaigns/tag', { campaignId: campaign.id, entity: 'case', ids: [major.id] })
  await app.call('campaigns/tag', { campaignId: campaign.id, entity: 'document', ids: [notice?.id ?? ''] })
  await app.call('campaigns/tag', { campaignId: campaign.id, entity: 'interview', ids: [interview.id] })
  await app.call('campaigns/tag', { campaignId: campaign.id, entity: 'supervision', ids: [supervision.id] })
  return { app, ledger, campaign, other, major, notice, interview, supervision }
}
