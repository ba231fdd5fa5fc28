import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'
import { auditRows, caseIn, smallLedger } from '../cases/fixtures'
import { editTemplate } from './docx'
import { fileText, letterData, useDocsApps } from './register-helpers'

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const newApp = useDocsApps()

describe('issuing a rectification notice from a case', () => {
  it('pre-fills the form from the case, numbers it, writes the file, and moves the case to 已下发整改通知', async () => {
    const app = newApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'registered', { subjectId: shop.id })

    const draft = await app.call('documents/draft', { kind: 'rectification_notice', caseId: c.id })
    expect(draft.data).toMatchObject({
      subjectName: '好运来小吃店',
      subjectAddress: '柳市镇柳黄头村柳青路88号',
      inspectionDate: '2024-03-01',
      inspectors: '王志强、林海燕',
      hazards: [{ description: c.description, requirement: c.requirement }],
      deadline: '2024-03-10',
      date: '2024-03-05',
    })
    expect(draft.nextNumber).toBe('柳市消安委办整改〔2024〕1号')
    expect(draft.caseEffect).toContain('已下发整改通知')

    const issued = await app.call('documents/issue', { kind: 'rectification_notice', data: draft.data, caseId: c.id })
    expect(issued.number).toBe('柳市消安委办整改〔2024〕1号')
    expect(issued.path).toMatch(/documents[/\\]2024[/\\]柳市消安委办整改〔2024〕1号 消防安全隐患限期整改通知书\.docx$/)
    expect(sha(readFileSync(issued.path))).toBe(issued.sha256)
    expect(fileText(issued.path)).toContain('柳市消安委办整改〔2024〕1号')
    expect(fileText(issued.path)).toContain(c.description)

    const after = await app.call('cases/get', { id: c.id })
    expect(after.status).toBe('noticed')
    const step = after.timeline.at(-1)
    expect(step).toMatchObject({ action: 'notice', documentId: issued.id, date: '2024-03-05' })
    expect(step?.note).toContain('柳市消安委办整改〔2024〕1号')

    const entry = await app.call('documents/get', { id: issued.id })
    expect(entry).toMatchObject({
      kind: 'rectification_notice',
      kindName: '消防安全隐患限期整改通知书',
      number: '柳市消安委办整改〔2024〕1号',
      recipient: '好运来小吃店',
      issueDate: '2024-03-05',
      caseId: c.id,
      caseNumber: c.number,
      subjectId: shop.id,
      subjectName: '好运来小吃店',
      draftedBy: '管理员',
      status: 'issued',
      sha256: issued.sha256,
      templateCustom: false,
    })
    expect(entry.data).toMatchObject({ number: '柳市消安委办整改〔2024〕1号', hazards: [{ description: c.description }] })
    expect(auditRows(app, issued.id).map((r) => r.action)).toEqual(['issue'])
  })

  it('refuses invalid data naming the field, and takes no number for it', async () => {
    const app = newApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'registered', { subjectId: shop.id })
    const draft = await app.call('documents/draft', { kind: 'rectification_notice', caseId: c.id })
    const err = await errorOf(app, 'documents/issue', { kind: 'rectification_notice', data: { ...draft.data, hazards: [] }, caseId: c.id })
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'hazards', message: '请至少填写一处隐患' })
    const future = await errorOf(app, 'documents/issue', { kind: 'rectification_notice', data: { ...draft.data, date: '2024-03-09' }, caseId: c.id })
    expect(future).toMatchObject({ code: 'VALIDATION', field: 'date' })
    expect((await app.call('cases/get', { id: c.id })).status).toBe('registered')
    expect((await app.call('documents/list', {})).total).toBe(0)
    const ok = await app.call('documents/issue', { kind: 'rectification_notice', data: draft.data, caseId: c.id })
    expect(ok.number).toBe('柳市消安委办整改〔2024〕1号')
  })

  it('issues again for a case already noticed (the first notice voided) without moving it, links it on the timeline, and refuses a voided case', async () => {
    const app = newApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'registered', { subjectId: shop.id })
    const { data } = await app.call('documents/draft', { kind: 'rectification_notice', caseId: c.id })
    const first = await app.call('documents/issue', { kind: 'rectification_notice', data, caseId: c.id })
    await app.call('documents/void', { id: first.id, reason: '整改期限写错' })
    const second = await app.call('documents/issue', { kind: 'rectification_notice', data, caseId: c.id })
    expect(second.number).toBe('柳市消安委办整改〔2024〕2号')
    const notices = (await app.call('cases/get', { id: c.id })).timeline.filter((e) => e.action === 'notice')
    expect(notices.map((e) => [e.fromStatus, e.toStatus, e.documentId])).toEqual([
      ['registered', 'noticed', first.id],
      ['noticed', 'noticed', second.id],
    ])

    const gone = await caseIn(app, 'voided', { subjectId: shop.id })
    expect(await errorOf(app, 'documents/issue', { kind: 'rectification_notice', data, caseId: gone.id })).toMatchObject({ code: 'ILLEGAL_STATE', field: 'caseId' })
  })
})

describe('a recheck opinion records the recheck on its case', () => {
  async function rechecking(status: 'awaiting_recheck' | 'rectifying') {
    const app = newApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'registered', { subjectId: shop.id })
    const notice = await app.call('documents/draft', { kind: 'rectification_notice', caseId: c.id })
    await app.call('documents/issue', { kind: 'rectification_notice', data: notice.data, caseId: c.id })
    await app.call('cases/transition', { id: c.id, action: 'startRectify' })
    if (status === 'awaiting_recheck') await app.call('cases/transition', { id: c.id, action: 'requestRecheck' })
    const draft = await app.call('documents/draft', { kind: 'recheck_opinion', caseId: c.id })
    return { app, c, draft }
  }

  it('refers to the notice, and passes the recheck when every hazard is rectified', async () => {
    const { app, c, draft } = await rechecking('awaiting_recheck')
    expect(draft.data).toMatchObject({ noticeNumber: '柳市消安委办整改〔2024〕1号', subjectName: '好运来小吃店' })
    const data = { ...draft.data, results: [{ description: c.description, finding: '已安装报警装置', outcome: 'passed' }] }
    const doc = await app.call('documents/issue', { kind: 'recheck_opinion', data, caseId: c.id })
    expect(doc.number).toBe('柳市消安委办复〔2024〕1号')
    const after = await app.call('cases/get', { id: c.id })
    expect(after.status).toBe('recheck_passed')
    expect(after.timeline.at(-1)).toMatchObject({ action: 'recheckPassed', documentId: doc.id })
  })

  it('fails the recheck with a new deadline, asks for one when missing, and requests the recheck of a case in rectification first', async () => {
    const { app, c, draft } = await rechecking('rectifying')
    const data = { ...draft.data, results: [{ description: c.description, finding: '尚未安装', outcome: 'failed' }] }
    const missing = await errorOf(app, 'documents/issue', { kind: 'recheck_opinion', data, caseId: c.id })
    expect(missing).toMatchObject({ code: 'VALIDATION', field: 'newDeadline' })
    expect((await app.call('documents/list', { kind: 'recheck_opinion' })).total).toBe(0)

    const doc = await app.call('documents/issue', { kind: 'recheck_opinion', data, caseId: c.id, recheck: { newDeadline: '2024-03-20' } })
    const after = await app.call('cases/get', { id: c.id })
    expect(after).toMatchObject({ status: 'rectifying', deadline: '2024-03-20' })
    expect(after.timeline.slice(-2).map((e) => [e.action, e.documentId])).toEqual([
      ['requestRecheck', doc.id],
      ['recheckFailed', doc.id],
    ])
  })
})

describe('a letter about a case', () => {
  it('leaves the case where it is and records the letter on its timeline, where the ladder reads it', async () => {
    const app = newApp()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'rectifying', { subjectId: shop.id })
    const doc = await app.call('documents/issue', { kind: 'warning_letter', data: letterData(), caseId: c.id })
    const after = await app.call('cases/get', { id: c.id })
    expect(after.status).toBe('rectifying')
    expect(after.timeline.at(-1)).toMatchObject({
      action: 'warningLetter',
      fromStatus: 'rectifying',
      toStatus: 'rectifying',
      note: `消防安全警示函 ${doc.number}`,
      documentId: doc.id,
    })
  })
})

describe('the register', () => {
  it('voids with a reason, never twice, and keeps the number taken', async () => {
    const app = newApp()
    const a = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    const voided = await app.call('documents/void', { id: a.id, reason: '受函单位名称错误' })
    expect(voided).toMatchObject({ status: 'voided', voidReason: '受函单位名称错误', voidedBy: '管理员', number: '柳市消安委办函〔2024〕1号' })
    expect(await errorOf(app, 'documents/void', { id: a.id, reason: '再来一次' })).toMatchObject({ code: 'ILLEGAL_STATE' })
    expect(await errorOf(app, 'documents/void', { id: a.id, reason: ' ' })).toMatchObject({ code: 'VALIDATION', field: 'reason' })
    const b = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    expect(b.number).toBe('柳市消安委办函〔2024〕2号')
    expect(existsSync(a.path)).toBe(true)
  })

  it('records the delivery date, not before the document nor after today', async () => {
    const app = newApp()
    const a = await app.call('documents/issue', { kind: 'warning_letter', data: letterData({ date: '2024-03-04' }) })
    expect(await errorOf(app, 'documents/markDelivered', { id: a.id, date: '2024-03-03' })).toMatchObject({ field: 'date', message: '送达日期不能早于成文日期（2024年3月4日）' })
    expect(await errorOf(app, 'documents/markDelivered', { id: a.id, date: '2024-03-06' })).toMatchObject({ field: 'date' })
    expect(await app.call('documents/markDelivered', { id: a.id, date: '2024-03-05' })).toMatchObject({ deliveredOn: '2024-03-05' })
  })

  it('lists newest first with filters on kind, year, text, status, case and subject, a page at a time', async () => {
    const app = newApp()
    const { shop, factory } = await smallLedger(app)
    for (let i = 1; i <= 5; i++) await app.call('documents/issue', { kind: 'warning_letter', data: letterData({ recipient: `单位${i}`, date: `2024-03-0${i}` }), subjectId: shop.id })
    const other = await app.call('documents/issue', { kind: 'notice_letter', data: { title: '关于督促整改的函', recipient: '长江村村民委员会', matter: '事由', requests: '要求', replyDeadline: '2024-03-20', date: '2024-03-05' }, subjectId: factory.id })
    await app.call('documents/void', { id: other.id, reason: '重复' })

    const all = await app.call('documents/list', { pageSize: 4 })
    expect(all.total).toBe(6)
    expect(all.rows.map((r) => r.number)).toEqual(['柳市消安委办函〔2024〕6号', '柳市消安委办函〔2024〕5号', '柳市消安委办函〔2024〕4号', '柳市消安委办函〔2024〕3号'])
    expect((await app.call('documents/list', { pageSize: 4, page: 2 })).rows).toHaveLength(2)
    expect((await app.call('documents/list', { kind: 'notice_letter' })).rows.map((r) => r.recipient)).toEqual(['长江村村民委员会'])
    expect((await app.call('documents/list', { status: 'issued' })).total).toBe(5)
    expect((await app.call('documents/list', { status: 'voided' })).rows[0]?.voidReason).toBe('重复')
    expect((await app.call('documents/list', { text: '〔2024〕2号' })).rows.map((r) => r.recipient)).toEqual(['单位2'])
    expect((await app.call('documents/list', { text: '单位3' })).total).toBe(1)
    expect((await app.call('documents/list', { subjectId: factory.id })).total).toBe(1)
    expect((await app.call('documents/list', { year: 2023 })).total).toBe(0)
    expect((await app.call('documents/list', { year: 2024 })).total).toBe(6)
  })

  it('works on an in-memory data file too, keeping its files in a temporary folder', async () => {
    const app = testApp()
    try {
      const doc = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
      expect(doc.path.startsWith(join(tmpdir(), 'firedesk-memory-'))).toBe(true)
      expect(sha(readFileSync(doc.path))).toBe(doc.sha256)
    } finally {
      app.close()
    }
  })

  it('registers 约谈笔录 without a number, named by its date and interviewee', async () => {
    const app = newApp()
    const draft = await app.call('documents/draft', { kind: 'interview_minutes' })
    expect(draft.nextNumber).toBeNull()
    const data = {
      ...draft.data,
      startTime: '2024-03-05T09:30',
      endTime: '2024-03-05T10:00',
      place: '镇政府301会议室',
      interviewers: '王建国',
      interviewee: '张志远',
      intervieweeUnit: '柳市镇宏盛电器厂',
      reason: '逾期未整改',
      exchanges: [{ question: '是否清楚约谈原因？', answer: '清楚。' }],
      commitments: '一周内整改完毕',
    }
    const doc = await app.call('documents/issue', { kind: 'interview_minutes', data })
    expect(doc.number).toBeNull()
    expect(doc.path).toMatch(/2024-03-05 约谈笔录 柳市镇宏盛电器厂 张志远\.docx$/)
    expect(await app.call('documents/get', { id: doc.id })).toMatchObject({ number: null, seq: null, recipient: '柳市镇宏盛电器厂 张志远', issueDate: '2024-03-05' })
  })
})

describe('an issued document is frozen', () => {
  it('reprints to the same bytes after the settings and the template changed, and restores a lost file', async () => {
    const app = newApp()
    const doc = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    await app.call('settings/update', { officeName: '乐清市柳市镇消防安全委员会办公室' })
    const shipped = await app.call('templates/file', { kind: 'warning_letter' })
    const edited = editTemplate(Buffer.from(shipped.base64, 'base64'), '特此警示。', '特此警示，请认真落实。').toString('base64')
    expect((await app.call('templates/replace', { kind: 'warning_letter', base64: edited })).accepted).toBe(true)
    const later = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    expect(fileText(later.path)).toContain('特此警示，请认真落实。')
    expect(fileText(later.path)).toContain('乐清市柳市镇消防安全委员会办公室')

    const again = await app.call('documents/reprint', { id: doc.id })
    expect(again).toEqual({ id: doc.id, path: doc.path, sha256: doc.sha256, identical: true })
    rmSync(doc.path)
    const file = await app.call('documents/file', { id: doc.id })
    expect(sha(Buffer.from(file.base64, 'base64'))).toBe(doc.sha256)
    expect(sha(readFileSync(doc.path))).toBe(doc.sha256)
    expect(fileText(doc.path)).toContain('特此警示。')
    expect(fileText(doc.path)).not.toContain('乐清市')
  })

  it('refuses to hand out a file changed on disk when the frozen data cannot give it back', async () => {
    const app = newApp()
    const doc = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    writeFileSync(doc.path, 'not a document')
    const file = await app.call('documents/file', { id: doc.id })
    expect(file.sha256).toBe(doc.sha256)
    app.ctx.db.exec("DROP TRIGGER documents_frozen; UPDATE documents SET data = replace(data, '好运来', '好再来')")
    writeFileSync(doc.path, 'changed again')
    expect(await errorOf(app, 'documents/file', { id: doc.id })).toMatchObject({ code: 'CONFLICT' })
    expect(await app.call('documents/reprint', { id: doc.id })).toMatchObject({ identical: false })
    expect(readFileSync(doc.path, 'utf8')).toBe('changed again')
  })
})
