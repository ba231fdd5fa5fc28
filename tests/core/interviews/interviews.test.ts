import { describe, expect, it } from 'vitest'
import type { InterviewCreate } from '../../../electron/core/interviews/schema'
import { auditRows, caseIn, smallLedger } from '../cases/fixtures'
import { render } from '../../../electron/core/documents/render'
import { docxText } from '../documents/register-helpers'
import { errorOf, testApp } from '../helpers'

const on = (day: string) => `${day}T01:00:00.000Z`

async function plannedInterview(app: ReturnType<typeof testApp>, over: Partial<InterviewCreate> = {}) {
  const ledger = await smallLedger(app)
  const major = await caseIn(app, 'rectifying', { subjectId: ledger.factory.id, severity: 'major', deadline: '2024-03-10', description: '车间与员工宿舍设置在同一建筑内' })
  const other = await caseIn(app, 'noticed', { subjectId: ledger.factory.id, deadline: '2024-03-10', description: '消防车通道堆放货物' })
  app.clock.set(on('2024-04-15'))
  const interview = await app.call('interviews/create', {
    kind: 'warning',
    caseIds: [major.id, other.id],
    subjectId: ledger.factory.id,
    interviewees: [{ name: '陈晓东', unit: '乐清市鑫达电气有限公司', post: '法定代表人', phone: '13857712345' }],
    interviewers: '陈志强（镇消安委办主任）、王建国',
    recorder: '李明',
    plannedAt: '2024-04-18T09:30',
    place: '柳市镇人民政府三楼301会议室',
    reason: '你单位重大火灾隐患经责令限期整改、发出警示函后，逾期仍未整改到位。',
    ...over,
  })
  return { ...ledger, major, other, interview }
}

const minutes = (id: string) => ({
  id,
  startedAt: '2024-04-18T09:30',
  endedAt: '2024-04-18T10:20',
  recorder: '李明',
  attendees: '长江村村委会 张立',
  exchanges: [
    { question: '你是否清楚今天约谈的原因？', answer: '清楚，是车间和宿舍在一栋楼里，没有按期整改。' },
    { question: '为什么没有按期完成整改？', answer: '宿舍一时找不到地方，本周内全部搬完。' },
  ],
  commitments: [{ content: '员工全部搬离车间所在建筑', deadline: '2024-04-30' }],
})

describe('planning an interview', () => {
  it('links its cases, shows on their timelines, and takes the 约谈 rung of the ladder', async () => {
    const app = testApp()
    const { major, interview } = await plannedInterview(app)
    expect(interview).toMatchObject({ status: 'planned', kind: 'warning', target: '乐清市鑫达电气有限公司', caseIds: [major.id, expect.any(String)] })
    const detail = await app.call('interviews/get', { id: interview.id })
    expect(detail.cases.map((c) => [c.number, c.severity])).toEqual([
      [major.number, 'major'],
      [expect.any(String), 'general'],
    ])
    const timeline = (await app.call('cases/get', { id: major.id })).timeline
    expect(timeline.at(-1)).toMatchObject({ action: 'interviewPlanned', note: '警示约谈，2024年4月18日9时30分，柳市镇人民政府三楼301会议室' })
    expect((await app.call('escalation/ladder', { caseId: major.id })).history).toMatchObject([{ rung: 'interview', interviewId: interview.id }])
    expect(auditRows(app, interview.id).map((r) => r.action)).toEqual(['create'])
  })

  it('can interview a village head for lagging work (工作约谈) with no case at all, and find it by name', async () => {
    const app = testApp()
    const { south } = await smallLedger(app)
    const work = await app.call('interviews/create', {
      kind: 'work',
      areaId: south.id,
      interviewees: [{ name: '周海平', unit: '长江村村民委员会', post: '村主任' }],
      interviewers: '陈志强',
      plannedAt: '2024-03-08T14:00',
      place: '镇消安委办',
      reason: '长江村出租房隐患整改推进缓慢',
    })
    expect(work).toMatchObject({ target: '长江村', caseIds: [], areaName: '长江村' })
    expect((await app.call('interviews/list', { text: '周海平' })).rows.map((r) => r.id)).toEqual([work.id])
    expect((await app.call('interviews/list', { kind: 'warning' })).total).toBe(0)
  })

  it('refuses a voided case, an unknown area and a time that is not a time, naming the field', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const voided = await caseIn(app, 'voided', { subjectId: shop.id })
    const base = { kind: 'reminder', interviewees: [{ name: '郑建国', unit: '好运来小吃店' }], interviewers: '王建国', plannedAt: '2024-03-08T09:00', place: '镇政府', reason: '逾期未整改' } as const
    expect(await errorOf(app, 'interviews/create', { ...base, caseIds: [voided.id] })).toMatchObject({ code: 'ILLEGAL_STATE', field: 'caseIds.0' })
    expect(await errorOf(app, 'interviews/create', { ...base, areaId: 'nope' })).toMatchObject({ field: 'areaId' })
    expect(await errorOf(app, 'interviews/create', { ...base, plannedAt: '2024-03-08 9点' })).toMatchObject({ field: 'plannedAt', message: '约谈时间格式应为 YYYY-MM-DDTHH:mm' })
    expect(await errorOf(app, 'interviews/create', { ...base, interviewees: [] })).toMatchObject({ field: 'interviewees', message: '请至少填写一名被约谈人' })
  })

  it('drafts a plan from its cases: 警示约谈 of a major hazard’s responsible person, 工作约谈 of the village head for several units', async () => {
    const app = testApp()
    const { shop, north } = await smallLedger(app)
    const major = await caseIn(app, 'rectifying', { subjectId: shop.id, severity: 'major', deadline: '2024-03-10', description: '厨房液化气钢瓶放在疏散通道' })
    app.clock.set(on('2024-03-20'))
    const d = await app.call('interviews/draft', { caseIds: [major.id] })
    expect(d.plan).toMatchObject({
      kind: 'warning',
      subjectId: shop.id,
      areaId: null,
      interviewees: [{ name: '郑建国', unit: '好运来小吃店', post: '消防安全责任人' }],
      plannedAt: '2024-03-23T09:30',
      place: '柳市镇消安委办会议室',
      reason: `好运来小吃店厨房液化气钢瓶放在疏散通道（隐患编号${major.number}），责令于2024年3月10日前整改，逾期10天仍未整改到位。`,
    })
    const planned = await app.call('interviews/create', { ...d.plan, interviewers: '王建国' })
    expect(planned).toMatchObject({ caseIds: [major.id], kind: 'warning', status: 'planned' })

    const rented = await app.call('subjects/create', { name: '柳青路12号出租房', kindId: 'sk02', areaId: north.id })
    const other = await caseIn(app, 'rectifying', { subjectId: rented.id, deadline: '2024-03-10' })
    const work = await app.call('interviews/draft', { caseIds: [major.id, other.id] })
    expect(work.plan).toMatchObject({ kind: 'work', subjectId: null, areaId: north.id, interviewees: [{ unit: '柳黄头村村民委员会', post: '负责人' }] })
    expect(work.cases.map((c) => c.id)).toEqual([major.id, other.id])
  })

  it('an update changes only what it sends', async () => {
    const app = testApp()
    const { interview } = await plannedInterview(app)
    const moved = await app.call('interviews/update', { id: interview.id, plannedAt: '2024-04-19T14:00' })
    expect(moved).toMatchObject({ plannedAt: '2024-04-19T14:00', place: interview.place, interviewers: interview.interviewers, caseIds: interview.caseIds })
  })
})

describe('the minutes, the documents and the commitments', () => {
  it('issues the notice while planned, records two 问/答 and a commitment, then issues the 约谈笔录', async () => {
    const app = testApp()
    const { major, interview } = await plannedInterview(app)
    const notice = await app.call('interviews/draftDocument', { id: interview.id, kind: 'interview_notice' })
    expect(notice.data).toMatchObject({ interviewee: '陈晓东', intervieweeUnit: '乐清市鑫达电气有限公司', interviewKind: '警示约谈', time: '2024-04-18T09:30' })
    const sent = await app.call('interviews/issueDocument', { id: interview.id, kind: 'interview_notice', data: notice.data })
    expect(sent.document.number).toBe('柳市消安委办约〔2024〕1号')
    expect(await errorOf(app, 'interviews/draftDocument', { id: interview.id, kind: 'interview_minutes' })).toMatchObject({ code: 'ILLEGAL_STATE' })

    app.clock.set(on('2024-04-18'))
    const held = await app.call('interviews/recordMinutes', minutes(interview.id))
    expect(held).toMatchObject({ status: 'held', exchanges: minutes(interview.id).exchanges, attendees: '长江村村委会 张立' })
    expect(held.commitments).toMatchObject([{ content: '员工全部搬离车间所在建筑', deadline: '2024-04-30', status: 'open', overdue: false }])

    const draft = await app.call('interviews/draftDocument', { id: interview.id, kind: 'interview_minutes' })
    expect(draft.data).toMatchObject({
      startTime: '2024-04-18T09:30',
      endTime: '2024-04-18T10:20',
      interviewers: '陈志强（镇消安委办主任）、王建国；参加人员：长江村村委会 张立',
      commitments: '员工全部搬离车间所在建筑（2024年4月30日前完成）。',
      exchanges: minutes(interview.id).exchanges,
    })
    expect(draft.nextNumber).toBeNull()
    const issued = await app.call('interviews/issueDocument', { id: interview.id, kind: 'interview_minutes', data: draft.data })
    expect(issued.document.number).toBeNull()
    expect(issued.interview.status).toBe('minuted')
    expect(issued.interview.documents.map((d) => [d.kindName, d.number])).toEqual([
      ['约谈通知书', '柳市消安委办约〔2024〕1号'],
      ['约谈笔录', null],
    ])
    expect((await app.call('cases/get', { id: major.id })).timeline.slice(-3).map((e) => e.action)).toEqual(['interviewNotice', 'interviewHeld', 'interviewMinutes'])
    expect(await errorOf(app, 'interviews/recordMinutes', minutes(interview.id))).toMatchObject({ code: 'ILLEGAL_STATE', message: '「已出具笔录」的约谈不能记录笔录' })

    await app.call('documents/void', { id: issued.document.documentId, reason: '问答记录有误' })
    expect((await app.call('interviews/get', { id: interview.id })).status).toBe('held')
    const corrected = await app.call('interviews/recordMinutes', { ...minutes(interview.id), exchanges: [...minutes(interview.id).exchanges, { question: '还有补充吗？', answer: '没有了。' }] })
    const again = await app.call('interviews/issueDocument', { id: interview.id, kind: 'interview_minutes', data: (await app.call('interviews/draftDocument', { id: interview.id, kind: 'interview_minutes' })).data })
    expect([corrected.exchanges.length, again.interview.status, again.interview.documents.map((d) => d.status)]).toEqual([3, 'minuted', ['issued', 'voided', 'issued']])
  })

  it('re-recording before the minutes are issued keeps, edits and voids commitments, never deletes them', async () => {
    const app = testApp()
    const { interview } = await plannedInterview(app)
    app.clock.set(on('2024-04-18'))
    const first = await app.call('interviews/recordMinutes', { ...minutes(interview.id), commitments: [...minutes(interview.id).commitments, { content: '清空消防车通道', deadline: '2024-04-25' }] })
    const [keep] = first.commitments
    const again = await app.call('interviews/recordMinutes', { ...minutes(interview.id), commitments: [{ id: keep?.id, content: '员工全部搬离车间', deadline: '2024-05-05' }] })
    expect(again.commitments.map((c) => [c.content, c.deadline, c.status])).toEqual([
      ['员工全部搬离车间', '2024-05-05', 'open'],
      ['清空消防车通道', '2024-04-25', 'voided'],
    ])
  })

  it('reads a leading 1. / 1、 / （1） of a commitment as list numbering, not a decimal', async () => {
    const app = testApp()
    const { interview } = await plannedInterview(app)
    app.clock.set(on('2024-04-18'))
    const typed = [
      { content: '1.2024年3月底前员工全部搬离车间所在建筑', deadline: '2024-04-30' },
      { content: '2、清空消防车通道并划线管理', deadline: '2024-04-25' },
      { content: '（3）更换过期灭火器', deadline: '2024-04-25' },
    ]
    const held = await app.call('interviews/recordMinutes', { ...minutes(interview.id), commitments: typed })
    expect(held.commitments.map((c) => c.content)).toEqual(['2024年3月底前员工全部搬离车间所在建筑', '清空消防车通道并划线管理', '更换过期灭火器'])
    const draft = await app.call('interviews/draftDocument', { id: interview.id, kind: 'interview_minutes' })
    // Typed into the document's own field, the numbers are dropped too: the template numbers each item once.
    const data = { ...draft.data, commitments: '1.2024年3月底前员工全部搬离车间所在建筑\n（2）清空消防车通道' }
    const text = docxText(render('interview_minutes', data, { officeName: '柳市镇消防安全委员会办公室', contactPerson: '', contactPhone: '', docPrintedBy: '' }))
    expect(text).toContain('1.2024年3月底前员工全部搬离车间所在建筑')
    expect(text).toContain('2.清空消防车通道')
    expect(text).not.toContain('1.1.2024')
  })

  it('a commitment past its deadline is overdue on the dashboard until it is kept', async () => {
    const app = testApp()
    const { interview } = await plannedInterview(app)
    app.clock.set(on('2024-04-18'))
    const held = await app.call('interviews/recordMinutes', minutes(interview.id))
    const later = await app.call('interviews/addCommitment', { interviewId: interview.id, content: '书面报告整改情况', deadline: '2024-05-10' })
    expect(later.seq).toBe(2)
    app.clock.set(on('2024-05-03'))
    const board = await app.call('escalation/dashboard', {})
    expect(board.overdueCommitments).toEqual({
      total: 1,
      rows: [{ id: held.commitments[0]?.id, interviewId: interview.id, interviewLabel: '警示约谈 · 乐清市鑫达电气有限公司', content: '员工全部搬离车间所在建筑', deadline: '2024-04-30', overdueDays: 3 }],
    })
    expect((await app.call('interviews/get', { id: interview.id })).overdueCommitments).toBe(1)
    expect(await errorOf(app, 'interviews/closeCommitment', { id: held.commitments[0]?.id ?? '', date: '2024-05-04' })).toMatchObject({ field: 'date' })
    const kept = await app.call('interviews/closeCommitment', { id: held.commitments[0]?.id ?? '', date: '2024-05-02', note: '复查确认已搬离' })
    expect(kept).toMatchObject({ status: 'closed', closedDate: '2024-05-02', overdue: false })
    expect((await app.call('escalation/dashboard', {})).overdueCommitments.total).toBe(0)
    expect(await errorOf(app, 'interviews/closeCommitment', { id: kept.id, date: '2024-05-02' })).toMatchObject({ code: 'ILLEGAL_STATE', message: '该承诺已登记兑现' })
  })

  it('checks the minutes: times in order, not in the future, at least one 问/答, commitments after the interview', async () => {
    const app = testApp()
    const { interview } = await plannedInterview(app)
    const m = minutes(interview.id)
    expect(await errorOf(app, 'interviews/recordMinutes', { ...m, startedAt: '2024-04-20T09:30', endedAt: '2024-04-20T10:00' })).toMatchObject({ field: 'startedAt' })
    app.clock.set(on('2024-04-18'))
    expect(await errorOf(app, 'interviews/recordMinutes', { ...m, endedAt: '2024-04-18T09:00' })).toMatchObject({ field: 'endedAt', message: '结束时间应晚于开始时间' })
    expect(await errorOf(app, 'interviews/recordMinutes', { ...m, exchanges: [] })).toMatchObject({ field: 'exchanges', message: '请至少记录一问一答' })
    expect(await errorOf(app, 'interviews/recordMinutes', { ...m, exchanges: [{ question: '问题', answer: '' }] })).toMatchObject({ field: 'exchanges.0.answer', message: '请填写答' })
    expect(await errorOf(app, 'interviews/recordMinutes', { ...m, commitments: [{ content: '整改', deadline: '2024-04-01' }] })).toMatchObject({ field: 'commitments.0.deadline' })
    expect(await errorOf(app, 'interviews/addCommitment', { interviewId: interview.id, content: '整改', deadline: '2024-05-01' })).toMatchObject({ code: 'ILLEGAL_STATE' })
  })

  it('voiding an interview keeps it with its reason and gives the 约谈 rung back to the ladder', async () => {
    const app = testApp()
    const { major, interview } = await plannedInterview(app)
    const voided = await app.call('interviews/void', { id: interview.id, reason: '重复登记' })
    expect(voided).toMatchObject({ status: 'voided', voidReason: '重复登记' })
    expect((await app.call('interviews/list', {})).total).toBe(0)
    expect((await app.call('interviews/list', { status: 'all' })).total).toBe(1)
    expect((await app.call('escalation/ladder', { caseId: major.id })).history).toEqual([])
    expect((await app.call('cases/get', { id: major.id })).timeline.at(-1)).toMatchObject({ action: 'interviewVoided', note: '警示约谈作废：重复登记' })
    expect(await errorOf(app, 'interviews/update', { id: interview.id, place: '别处' })).toMatchObject({ code: 'ILLEGAL_STATE' })
  })
})
