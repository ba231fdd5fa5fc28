import { describe, expect, it } from 'vitest'
import type { CaseTransition } from '../../../electron/core/cases/schema'
import { errorOf, testApp } from '../helpers'
import { auditRows, caseIn, hazard, smallLedger } from './fixtures'

describe('moving a case along its lifecycle', () => {
  it('runs from registration to 销号, each step on the timeline and in the audit log', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    await app.call('settings/update', { operatorName: '黄丽娜' })
    const c = await app.call('cases/create', hazard({ subjectId: shop.id }))
    const step = (args: CaseTransition) => app.call('cases/transition', args)
    // 下发整改通知 issues the notice in the same step: the state never moves without the document.
    await step({ id: c.id, action: 'notice', date: '2024-03-02' })
    await step({ id: c.id, action: 'startRectify' })
    await step({ id: c.id, action: 'requestRecheck' })
    app.clock.set('2024-03-12T02:00:00.000Z')
    await step({ id: c.id, action: 'recheckFailed', newDeadline: '2024-03-25', note: '报警装置未安装' })
    await step({ id: c.id, action: 'extend', newDeadline: '2024-04-05', reason: '设备到货延迟', approver: '周立新' })
    await step({ id: c.id, action: 'requestRecheck' })
    await step({ id: c.id, action: 'recheckPassed' })
    const closed = await step({ id: c.id, action: 'close' })

    expect(closed).toMatchObject({ status: 'closed', closedDate: '2024-03-12', closedBy: '黄丽娜', deadline: '2024-04-05', overdue: false })
    const { timeline } = await app.call('cases/get', { id: c.id })
    expect(timeline.map((e) => [e.action, e.fromStatus, e.toStatus, e.date])).toEqual([
      ['register', null, 'registered', '2024-03-05'],
      ['notice', 'registered', 'noticed', '2024-03-02'],
      ['startRectify', 'noticed', 'rectifying', '2024-03-05'],
      ['requestRecheck', 'rectifying', 'awaiting_recheck', '2024-03-05'],
      ['recheckFailed', 'awaiting_recheck', 'rectifying', '2024-03-12'],
      ['extend', 'rectifying', 'rectifying', '2024-03-12'],
      ['requestRecheck', 'rectifying', 'awaiting_recheck', '2024-03-12'],
      ['recheckPassed', 'awaiting_recheck', 'recheck_passed', '2024-03-12'],
      ['close', 'recheck_passed', 'closed', '2024-03-12'],
    ])
    const [notice] = (await app.call('documents/list', { caseId: c.id, kind: 'rectification_notice' })).rows
    expect(notice).toMatchObject({ number: '柳市消安委办整改〔2024〕1号', issueDate: '2024-03-02', caseId: c.id })
    expect(timeline[1]).toMatchObject({ documentId: notice?.id, note: '消防安全隐患限期整改通知书 柳市消安委办整改〔2024〕1号', operator: '黄丽娜' })
    expect(timeline[4]?.data).toEqual({ oldDeadline: '2024-03-10', newDeadline: '2024-03-25' })
    expect(timeline[5]?.data).toEqual({ oldDeadline: '2024-03-25', newDeadline: '2024-04-05', reason: '设备到货延迟', approver: '周立新' })
    expect(auditRows(app, c.id).map((r) => r.action)).toEqual([
      'create',
      'notice',
      'startRectify',
      'requestRecheck',
      'recheckFailed',
      'extend',
      'requestRecheck',
      'recheckPassed',
      'close',
    ])
    expect(auditRows(app, c.id).every((r) => r.operator !== '')).toBe(true)
  })

  it('refuses an illegal step with a clear message and changes nothing', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'closed', { subjectId: shop.id })
    const before = await app.call('cases/get', { id: c.id })
    const audits = auditRows(app, c.id).length
    app.clock.set('2024-03-06T02:00:00.000Z')
    expect(await errorOf(app, 'cases/transition', { id: c.id, action: 'extend', newDeadline: '2024-05-01', reason: '申请延期', approver: '周立新' })).toEqual({
      code: 'ILLEGAL_STATE',
      field: 'action',
      message: '「已销号」的隐患不能延期',
    })
    expect(await errorOf(app, 'cases/transition', { id: c.id, action: 'void', reason: '误录' })).toMatchObject({ message: '「已销号」的隐患不能作废' })
    expect(await app.call('cases/get', { id: c.id })).toEqual(before)
    expect(auditRows(app, c.id)).toHaveLength(audits)
  })

  it('cannot strike a case off before its recheck has passed', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'awaiting_recheck', { subjectId: shop.id })
    expect(await errorOf(app, 'cases/transition', { id: c.id, action: 'close' })).toMatchObject({
      message: '「待复查」的隐患不能销号，须复查合格后才能销号',
    })
    expect((await app.call('cases/get', { id: c.id })).status).toBe('awaiting_recheck')
  })

  it('escalates a failed recheck without moving the deadline', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'awaiting_recheck', { subjectId: shop.id })
    const after = await app.call('cases/transition', { id: c.id, action: 'recheckFailed', escalate: true })
    expect(after).toMatchObject({ status: 'rectifying', escalated: true, deadline: '2024-03-10' })
  })

  it('voids an open case with its reason, after which nothing more happens to it', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'noticed', { subjectId: shop.id })
    const voided = await app.call('cases/transition', { id: c.id, action: 'void', reason: '重复登记' })
    expect(voided).toMatchObject({ status: 'voided', voidReason: '重复登记', voidedBy: '管理员', voidedAt: '2024-03-05T01:30:00.000Z' })
    expect((await app.call('cases/get', { id: c.id })).allowedActions).toEqual([])
    expect(await errorOf(app, 'cases/transition', { id: c.id, action: 'startRectify' })).toMatchObject({ message: '「已作废」的隐患不能开始整改' })
  })

  it('checks the fields of each action', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'rectifying', { subjectId: shop.id })
    expect(await errorOf(app, 'cases/transition', { id: c.id, action: 'extend', newDeadline: '2024-04-01' })).toMatchObject({
      field: 'reason',
      message: '请填写延期原因',
    })
    expect(await errorOf(app, 'cases/transition', { id: c.id, action: 'extend', newDeadline: '2024-03-08', reason: '工期', approver: '周立新' })).toMatchObject({
      field: 'newDeadline',
      message: '延期后的整改期限应晚于原期限（2024年3月10日）',
    })
    expect(await errorOf(app, 'cases/transition', { id: c.id, action: 'fly' })).toMatchObject({ field: 'action' })
    expect(await errorOf(app, 'cases/transition', { id: c.id, action: 'requestRecheck', date: '2024-03-09' })).toMatchObject({ field: 'date' })
    expect(await errorOf(app, 'cases/transition', { id: 'nope', action: 'notice' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('names the days at fault together with the other fields of a step, not on the next 保存', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'rectifying', { subjectId: shop.id })
    const fields = async (args: Record<string, unknown>) => (await errorOf(app, 'cases/transition', { id: c.id, ...args })).issues
    // 延期 with its reason left empty, a 批准人, and a deadline no later than the old one
    expect(await fields({ action: 'extend', newDeadline: '2024-03-08', approver: '周立新' })).toEqual([
      { field: 'reason', message: '请填写延期原因' },
      { field: 'newDeadline', message: '延期后的整改期限应晚于原期限（2024年3月10日）' },
    ])
    // the schema's own problems and both days of the step at once
    expect((await fields({ action: 'extend', newDeadline: '2024-03-08', date: '2024-02-01' }))?.map((i) => i.field)).toEqual(['reason', 'approver', 'date', 'newDeadline'])
    // a date that is not a day is the schema's to name; the rules that count from it wait
    expect((await fields({ action: 'extend', newDeadline: '2024-03-08', date: '2024-3' }))?.map((i) => i.field)).toEqual(['date', 'reason', 'approver'])
    app.clock.set('2024-03-20T01:00:00.000Z')
    await app.call('cases/transition', { id: c.id, action: 'requestRecheck', date: '2024-03-10' })
    const failed = await errorOf(app, 'cases/transition', { id: c.id, action: 'recheckFailed', date: '2024-03-12', newDeadline: '2024-03-11', note: 'x'.repeat(1001) })
    expect(failed.issues).toEqual([
      { field: 'note', message: expect.stringContaining('备注') as string },
      { field: 'newDeadline', message: '新的整改期限应晚于复查日期' },
    ])
    expect((await app.call('cases/get', { id: c.id })).status).toBe('awaiting_recheck')
  })

  it('does not overwrite a change made since the page was loaded', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const c = await app.call('cases/create', hazard({ subjectId: shop.id }))
    app.clock.set('2024-03-05T03:00:00.000Z')
    await app.call('cases/transition', { id: c.id, action: 'notice' })
    expect(await errorOf(app, 'cases/transition', { id: c.id, action: 'startRectify', expectedUpdatedAt: c.updatedAt })).toMatchObject({ code: 'CONFLICT' })
  })
})
