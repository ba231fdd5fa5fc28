import { describe, expect, it } from 'vitest'
import { documentPathOf } from '../../../electron/core/documents/register/files'
import { caseIn, smallLedger } from '../cases/fixtures'
import { errorOf } from '../helpers'
import { letterData, useDocsApps } from '../documents/register-helpers'
import { threePersonOffice } from './signoff-office'

const open = useDocsApps()

const office = () => threePersonOffice(open())

describe('草稿 → 审核 → 签发', () => {
  it('takes the 文号 only at 签发 and records who drafted, checked and signed', async () => {
    const { app, as } = await office()
    await as('clerk')
    const draft = await app.call('drafts/save', { kind: 'warning_letter', data: letterData() })
    expect(draft).toMatchObject({ status: 'draft', draftedBy: '黄丽娜', number: '柳市消安委办函〔2024〕1号', documentId: null })
    const preview = await app.call('drafts/preview', { id: draft.id })
    expect(preview.fileName).toMatch(/送审稿/)
    expect((await app.call('documents/list', {})).total).toBe(0)

    expect((await errorOf(app, 'drafts/review', { id: draft.id, approve: true })).message).toContain('没有审核权限')
    await as('checker')
    expect((await errorOf(app, 'drafts/sign', { id: draft.id })).message).toContain('须先审核')
    const returned = await app.call('drafts/review', { id: draft.id, approve: false, note: '整改期限写错了' })
    expect(returned).toMatchObject({ status: 'draft', returnedNote: '整改期限写错了' })
    await as('clerk')
    await app.call('drafts/save', { id: draft.id, kind: 'warning_letter', data: letterData({ deadline: '2024-03-20' }) })
    await as('checker')
    expect(await app.call('drafts/review', { id: draft.id, approve: true })).toMatchObject({ status: 'reviewed', reviewedBy: '陈志强' })
    expect((await errorOf(app, 'drafts/sign', { id: draft.id })).message).toContain('没有签发权限')

    await as('head')
    const signed = await app.call('drafts/sign', { id: draft.id })
    expect(signed).toMatchObject({ status: 'signed', number: '柳市消安委办函〔2024〕1号', draftedBy: '黄丽娜', reviewedBy: '陈志强', signedBy: '李晓燕' })
    const doc = await app.call('documents/get', { id: signed.documentId ?? '' })
    expect(doc).toMatchObject({ number: '柳市消安委办函〔2024〕1号', draftedBy: '黄丽娜', reviewedBy: '陈志强', signedBy: '李晓燕' })
    expect(await app.call('drafts/ofDocument', { documentId: doc.id })).toMatchObject({ signedAt: expect.any(String), reviewedAt: expect.any(String) })
  })

  it('a notice drafted for a hazard waits on it, named by its unit and the hazard’s 编号, and is not drafted twice', async () => {
    const { app, as } = await office()
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'registered', { subjectId: shop.id })
    const other = await caseIn(app, 'registered', { subjectId: shop.id })
    await as('clerk')
    const { data } = await app.call('documents/draft', { kind: 'rectification_notice', caseId: c.id })
    await app.call('drafts/save', { kind: 'rectification_notice', data, caseId: c.id })
    expect(await app.call('drafts/list', { caseId: c.id })).toMatchObject([{ status: 'draft', caseNumber: c.number, recipient: '好运来小吃店', title: '消防安全隐患限期整改通知书' }])
    expect(await app.call('drafts/list', { caseId: other.id })).toEqual([])
    const twice = await errorOf(app, 'drafts/save', { kind: 'rectification_notice', data, caseId: c.id })
    expect(twice).toMatchObject({ code: 'CONFLICT', field: 'caseId', message: `隐患 ${c.number} 已有「消防安全隐患限期整改通知书」草稿等待审核，请先办理或作废该草稿` })
    expect(await app.call('drafts/list', {})).toHaveLength(1)
  })

  it('the drafter may not check their own draft, and the one-step issue is refused while sign-off is required', async () => {
    const { app } = await office()
    const both = await app.call('operators/create', { name: '周敏', roles: ['drafter', 'reviewer'] })
    await app.call('operators/signIn', { id: both.id })
    const draft = await app.call('drafts/save', { kind: 'warning_letter', data: letterData() })
    expect((await errorOf(app, 'drafts/review', { id: draft.id, approve: true })).message).toBe(`「${draft.title}」由周敏经办，须由另一位有审核权限的操作员审核`)
    expect((await errorOf(app, 'documents/issue', { kind: 'warning_letter', data: letterData() })).message).toContain('须经经办、审核、签发三步')
  })

  it('refuses the batch letters too while sign-off is required, issuing none and taking no number', async () => {
    const { app, as } = await office()
    await as('head')
    const area = await app.call('areas/create', { name: '长江村' })
    for (const name of ['长江村小店01', '长江村小店02']) await app.call('subjects/create', { name, kindId: 'sk01', areaId: area.id })
    const { recipient: _r, ...letter } = letterData()
    const refused = await errorOf(app, 'documents/batch', { kind: 'warning_letter', filter: { areaId: area.id }, data: letter })
    expect(refused.message).toContain('须经经办、审核、签发三步')
    expect((await app.call('documents/list', {})).total).toBe(0)
    await app.call('settings/update', { signOffByOnePerson: true })
    expect((await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })).number).toBe('柳市消安委办函〔2024〕1号')
  })

  it('a one-person office (the default) signs a draft directly, and documents/issue still issues in one call', async () => {
    const app = open()
    const draft = await app.call('drafts/save', { kind: 'warning_letter', data: letterData() })
    const signed = await app.call('drafts/sign', { id: draft.id })
    expect(signed).toMatchObject({ status: 'signed', draftedBy: '管理员', reviewedBy: '管理员', signedBy: '管理员' })
    const direct = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    expect(direct.number).toMatch(/〔2024〕2号$/)
  })

  it('a draft with bad data is refused with the field named, and a voided draft cannot be signed', async () => {
    const app = open()
    expect(await errorOf(app, 'drafts/save', { kind: 'warning_letter', data: letterData({ recipient: '' }) })).toMatchObject({ code: 'VALIDATION' })
    const draft = await app.call('drafts/save', { kind: 'warning_letter', data: letterData() })
    await app.call('drafts/void', { id: draft.id, reason: '重复起草' })
    expect((await errorOf(app, 'drafts/sign', { id: draft.id })).message).toContain('已作废')
    expect(await app.call('drafts/list', {})).toEqual([])
  })
})

describe('file names staff see', () => {
  it('names a document by 文号 and title, and 约谈笔录 by date, title and interviewee, without ids', async () => {
    const app = open()
    const letter = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    const entry = await app.call('documents/get', { id: letter.id })
    expect(entry.fileName).toBe(`${entry.number} ${entry.title}.docx`)
    expect(entry.fileName).not.toMatch(/doc-|[0-9A-Z]{26}/)
  })
  it('gives 约谈笔录 of the same day and person their own names, sanitised for Windows', () => {
    const minutes = { number: null, title: '约谈笔录', issueDate: '2024-04-18', recipient: '长江村:村委会 张立' }
    const taken = new Set<string>()
    const first = documentPathOf(2024, minutes, (p) => taken.has(p))
    taken.add(first)
    expect(first).toBe('documents/2024/2024-04-18 约谈笔录 长江村_村委会 张立.docx')
    expect(documentPathOf(2024, minutes, (p) => taken.has(p))).toBe('documents/2024/2024-04-18 约谈笔录 长江村_村委会 张立（2）.docx')
  })
})
