import { describe, expect, it } from 'vitest'
import type { SupervisionCreate } from '../../../electron/core/supervisions/schema'
import { caseIn, smallLedger } from '../cases/fixtures'
import { errorOf, testApp } from '../helpers'

const on = (day: string) => `${day}T01:00:00.000Z`

const plan = (caseId: string, over: Partial<SupervisionCreate> = {}): SupervisionCreate => ({
  caseId,
  leadDepartment: '镇应急管理办公室',
  supportingDepartments: ['镇综合行政执法队', '长江村村民委员会'],
  responsiblePerson: '陈晓东',
  responsiblePhone: '13857712345',
  duty: '法定代表人陈晓东为整改第一责任人',
  measures: '员工宿舍整体搬离车间所在建筑，车间与仓库之间砌筑防火墙',
  funding: '企业自筹整改资金约12万元',
  fixDeadline: '2024-04-30',
  contingency: '整改期间落实24小时值班巡查，配足灭火器材',
  supervisionDeadline: '2024-05-15',
  reportRhythm: 'weekly',
  ...over,
})

async function majorOverdue(app: ReturnType<typeof testApp>) {
  const ledger = await smallLedger(app)
  const major = await caseIn(app, 'rectifying', { subjectId: ledger.factory.id, severity: 'major', deadline: '2024-03-10', description: '车间与员工宿舍设置在同一建筑内' })
  app.clock.set(on('2024-04-01'))
  return { ...ledger, major }
}

describe('挂牌督办', () => {
  it('puts an overdue major hazard under supervision: the 督办 proposal goes, the case shows it, the notice is issued', async () => {
    const app = testApp()
    const { major } = await majorOverdue(app)
    expect((await app.call('escalation/proposals', { caseId: major.id, rung: 'supervision' })).total).toBe(1)
    const s = await app.call('supervisions/create', plan(major.id))
    expect(s).toMatchObject({ status: 'active', office: '柳市镇消防安全委员会办公室', startDate: '2024-04-01', nextReportDue: '2024-04-08', caseNumber: major.number })
    expect((await app.call('escalation/proposals', { caseId: major.id })).total).toBe(0)
    expect((await app.call('escalation/ladder', { caseId: major.id })).standing).toBe('supervision')
    expect((await app.call('cases/get', { id: major.id })).timeline.at(-1)).toMatchObject({
      action: 'supervise',
      note: '挂牌督办，牵头部门：镇应急管理办公室，督办期限：2024年5月15日',
    })

    const draft = await app.call('supervisions/draftNotice', { id: s.id })
    expect(draft.data).toMatchObject({
      title: '关于对乐清市鑫达电气有限公司重大火灾隐患实行挂牌督办的通知',
      recipient: '乐清市鑫达电气有限公司',
      supervisionDeadline: '2024-05-15',
      copyTo: '镇应急管理办公室，镇综合行政执法队，长江村村民委员会',
    })
    expect(String(draft.data.requirements)).toContain('资金落实：企业自筹整改资金约12万元')
    const issued = await app.call('supervisions/issueNotice', { id: s.id, data: draft.data })
    expect(issued.document.number).toBe('柳市消安委办〔2024〕1号')
    expect(issued.supervision.documents.map((d) => d.kindName)).toEqual(['督办通知书'])
    expect((await app.call('cases/get', { id: major.id })).timeline.at(-1)).toMatchObject({ action: 'supervisionNotice', documentId: issued.document.documentId })
  })

  it('drafts a supervision from its case, which staff complete with the 五落实', async () => {
    const app = testApp()
    const { major } = await majorOverdue(app)
    const d = await app.call('supervisions/draft', { caseId: major.id })
    expect(d.plan).toMatchObject({
      caseId: major.id,
      office: '柳市镇消防安全委员会办公室',
      supportingDepartments: ['长江村村民委员会'],
      startDate: '2024-04-01',
      supervisionDeadline: '2024-05-01',
      fixDeadline: '2024-05-01',
      reportRhythm: 'weekly',
      measures: major.requirement,
    })
    expect(await errorOf(app, 'supervisions/create', d.plan)).toMatchObject({ field: 'leadDepartment', message: '请填写牵头部门' })
    const s = await app.call('supervisions/create', { ...d.plan, leadDepartment: '镇应急管理办公室', funding: '企业自筹', responsiblePerson: '陈晓东', duty: '法定代表人陈晓东负总责' })
    expect(s).toMatchObject({ status: 'active', supportingDepartments: ['长江村村民委员会'] })
  })

  it('one live supervision per case, none for a closed case, dates in order — each refusal names its field', async () => {
    const app = testApp()
    const { major, shop } = await majorOverdue(app)
    const closed = await caseIn(app, 'closed', { subjectId: shop.id, foundDate: '2024-03-20', deadline: '2024-03-25' })
    await app.call('supervisions/create', plan(major.id))
    expect(await errorOf(app, 'supervisions/create', plan(major.id))).toMatchObject({ code: 'CONFLICT', field: 'caseId' })
    expect(await errorOf(app, 'supervisions/create', plan(closed.id))).toMatchObject({ code: 'ILLEGAL_STATE', field: 'caseId' })
    const open = await caseIn(app, 'rectifying', { subjectId: shop.id, foundDate: '2024-03-20', deadline: '2024-03-25' })
    expect(await errorOf(app, 'supervisions/create', plan(open.id, { supervisionDeadline: '2024-03-30' }))).toMatchObject({ field: 'supervisionDeadline' })
    expect(await errorOf(app, 'supervisions/create', plan(open.id, { startDate: '2024-04-02' }))).toMatchObject({ field: 'startDate' })
    expect(await errorOf(app, 'supervisions/create', plan(open.id, { duty: ' ' }))).toMatchObject({ field: 'duty', message: '请填写责任落实' })
    expect(await errorOf(app, 'supervisions/create', plan(open.id, { reportRhythm: 'daily' as 'weekly' }))).toMatchObject({ field: 'reportRhythm' })
  })

  it('names every field at fault in one answer: an empty 牵头部门 with a 挂牌日期 and a 整改时限 before the 发现日期', async () => {
    const app = testApp()
    const { shop } = await majorOverdue(app)
    const open = await caseIn(app, 'rectifying', { subjectId: shop.id, foundDate: '2024-03-20', deadline: '2024-03-25' })
    const wrong = plan(open.id, { leadDepartment: ' ', startDate: '2024-03-19', fixDeadline: '2024-03-18', supervisionDeadline: '2024-03-18' })
    const e = await errorOf(app, 'supervisions/create', wrong)
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'leadDepartment' })
    expect(e.issues).toEqual([
      { field: 'leadDepartment', message: '请填写牵头部门' },
      { field: 'startDate', message: '挂牌日期不能早于发现日期（2024年3月20日）' },
      { field: 'supervisionDeadline', message: '督办期限不能早于挂牌日期' },
      { field: 'fixDeadline', message: '整改时限不能早于发现日期（2024年3月20日）' },
    ])
    // the dates alone: still all of them at once
    const dates = await errorOf(app, 'supervisions/create', { ...wrong, leadDepartment: '镇应急管理办公室' })
    expect(dates.issues?.map((i) => i.field)).toEqual(['startDate', 'supervisionDeadline', 'fixDeadline'])
    // a 挂牌日期 that is not a day is the schema's to name; the rules that start from it wait
    const typo = await errorOf(app, 'supervisions/create', { ...wrong, startDate: '2024-3' })
    expect(typo.issues?.map((i) => i.field)).toEqual(['leadDepartment', 'startDate', 'fixDeadline'])
    expect((await app.call('supervisions/list', {})).total).toBe(0)
  })

  it('progress reports move the next report due; a late one shows on the dashboard', async () => {
    const app = testApp()
    const { major } = await majorOverdue(app)
    const s = await app.call('supervisions/create', plan(major.id))
    app.clock.set(on('2024-04-05'))
    expect((await app.call('escalation/dashboard', {})).reportsDue.rows).toMatchObject([{ supervisionId: s.id, dueDate: '2024-04-08', overdueDays: 0, lastReport: null }])
    app.clock.set(on('2024-04-10'))
    expect((await app.call('escalation/dashboard', {})).reportsDue.rows).toMatchObject([{ dueDate: '2024-04-08', overdueDays: 2 }])
    const after = await app.call('supervisions/addReport', { id: s.id, date: '2024-04-09', progress: '员工已搬离12人，剩余8人本周内搬完', reportedBy: '陈晓东' })
    expect(after).toMatchObject({ lastReport: '2024-04-09', nextReportDue: '2024-04-16', reportOverdueDays: 0 })
    expect(after.reports.map((r) => r.progress)).toEqual(['员工已搬离12人，剩余8人本周内搬完'])
    expect((await app.call('escalation/dashboard', {})).reportsDue.total).toBe(0)
    expect(await errorOf(app, 'supervisions/addReport', { id: s.id, date: '2024-04-11', progress: '进展' })).toMatchObject({ field: 'date' })
    expect((await app.call('cases/get', { id: major.id })).timeline.at(-1)).toMatchObject({ action: 'supervisionReport', date: '2024-04-09' })
  })

  it('is lifted (摘牌) only after the case is struck off, not before that day', async () => {
    const app = testApp()
    const { major } = await majorOverdue(app)
    const s = await app.call('supervisions/create', plan(major.id, { reportRhythm: 'monthly' }))
    expect(s.nextReportDue).toBe('2024-05-01')
    expect(await errorOf(app, 'supervisions/lift', { id: s.id, date: '2024-04-01' })).toMatchObject({ code: 'ILLEGAL_STATE', message: `隐患 ${major.number} 尚未销号，不能摘牌；请复查合格并销号后再摘牌` })
    app.clock.set(on('2024-04-20'))
    for (const action of ['requestRecheck', 'recheckPassed', 'close'] as const) await app.call('cases/transition', { id: major.id, action })
    expect((await app.call('supervisions/get', { id: s.id })).canLift).toBe(true)
    expect(await errorOf(app, 'supervisions/lift', { id: s.id, date: '2024-04-19' })).toMatchObject({ field: 'date' })
    const lifted = await app.call('supervisions/lift', { id: s.id, date: '2024-04-20', note: '复查合格，隐患已销号' })
    expect(lifted).toMatchObject({ status: 'lifted', liftedDate: '2024-04-20', nextReportDue: null, canLift: false })
    expect((await app.call('cases/get', { id: major.id })).timeline.slice(-2).map((e) => e.action)).toEqual(['close', 'liftSupervision'])
    expect(await app.call('escalation/ladder', { caseId: major.id })).toMatchObject({ open: false, standing: 'supervision', proposals: [] })
    expect(await errorOf(app, 'supervisions/addReport', { id: s.id, date: '2024-04-20', progress: '进展' })).toMatchObject({ code: 'ILLEGAL_STATE', message: '「已摘牌」的督办不能登记进展报告' })
    expect((await app.call('supervisions/list', { status: 'lifted' })).rows.map((r) => r.id)).toEqual([s.id])
  })

  it('a supervision entered by mistake is voided with its reason, and the ladder proposes 督办 again', async () => {
    const app = testApp()
    const { major } = await majorOverdue(app)
    const s = await app.call('supervisions/create', plan(major.id))
    await app.call('supervisions/void', { id: s.id, reason: '选错了隐患' })
    expect((await app.call('supervisions/get', { id: s.id })).voidReason).toBe('选错了隐患')
    expect((await app.call('escalation/proposals', { caseId: major.id, rung: 'supervision' })).total).toBe(1)
    expect((await app.call('supervisions/list', {})).total).toBe(0)
    const again = await app.call('supervisions/create', plan(major.id))
    expect(again.status).toBe('active')
  })
})
