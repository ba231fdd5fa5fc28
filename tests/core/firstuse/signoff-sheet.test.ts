import { describe, expect, it } from 'vitest'
import { localDateTimeZh } from '../../../electron/core/reports/format'
import { Docx, attr, textOf } from '../documents/docx'
import { letterData, useDocsApps } from '../documents/register-helpers'
import { threePersonOffice } from './signoff-office'

const open = useDocsApps()

const sheetOf = async (app: ReturnType<typeof open>, documentId: string) => {
  const file = await app.call('drafts/sheet', { documentId })
  const docx = new Docx(Buffer.from(file.base64, 'base64'))
  const rows = [...docx.document.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => [...(m[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1] ?? '')))
  return { file, docx, text: textOf(docx.document), rows }
}

describe('发文稿纸', () => {
  it('names who drafted, checked and signed a document, at the times the sign-off recorded, on the GB/T 9704 page', async () => {
    const { app, as } = await threePersonOffice(open())
    await as('clerk')
    const draft = await app.call('drafts/save', { kind: 'warning_letter', data: letterData() })
    app.clock.set('2024-03-05T03:05:00.000Z')
    await as('checker')
    await app.call('drafts/review', { id: draft.id, approve: true })
    app.clock.set('2024-03-06T07:40:00.000Z')
    await as('head')
    const signed = await app.call('drafts/sign', { id: draft.id })
    const record = await app.call('drafts/ofDocument', { documentId: signed.documentId ?? '' })
    if (!record) throw new Error('no sign-off record')

    const { file, docx, text, rows } = await sheetOf(app, signed.documentId ?? '')
    expect(file.fileName).toBe('柳市消安委办函〔2024〕1号 发文稿纸.docx')
    const sectPr = docx.document
    expect([attr(sectPr, 'w:pgSz', 'w:w'), attr(sectPr, 'w:pgSz', 'w:h')]).toEqual(['11906', '16838'])
    expect([attr(sectPr, 'w:pgMar', 'w:top'), attr(sectPr, 'w:pgMar', 'w:bottom'), attr(sectPr, 'w:pgMar', 'w:left'), attr(sectPr, 'w:pgMar', 'w:right')]).toEqual(['2098', '1984', '1587', '1474'])
    expect(text).toContain('发文稿纸')
    expect(rows).toContainEqual(['文号', '柳市消安委办函〔2024〕1号'])
    expect(rows).toContainEqual(['标题', signed.title])
    expect(rows).toContainEqual(['主送', '柳市镇好运来小吃店'])
    const times = [record.draftedAt, record.reviewedAt, record.signedAt].map((at) => localDateTimeZh(at ?? ''))
    expect(new Set(times).size).toBe(3)
    expect(rows).toContainEqual(['拟稿（经办）', '黄丽娜', '时间', times[0]])
    expect(rows).toContainEqual(['核稿（审核）', '陈志强', '时间', times[1]])
    expect(rows).toContainEqual(['签发', '李晓燕', '时间', times[2]])
    expect(text).not.toContain('未经审签')
  })

  it('a document issued in one step by a one-person office names its operator on duty on each line, at the time of issue', async () => {
    const app = open()
    app.clock.set('2024-03-05T06:15:00.000Z')
    const issued = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    const entry = await app.call('documents/get', { id: issued.id })
    expect(entry).toMatchObject({ draftedBy: '管理员', reviewedBy: '管理员', signedBy: '管理员' })
    const at = localDateTimeZh('2024-03-05T06:15:00.000Z')
    const { text, rows } = await sheetOf(app, issued.id)
    expect(rows).toContainEqual(['拟稿（经办）', '管理员', '时间', at])
    expect(rows).toContainEqual(['核稿（审核）', '管理员', '时间', at])
    expect(rows).toContainEqual(['签发', '管理员', '时间', at])
    expect(text).toContain('一人办理')
  })

  it('a document issued before the sign-off was recorded shows its 经办 only and says 未经审签, not the typed names', async () => {
    const app = open()
    const issued = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    // As registered before 0031: the 审核人 and 签发人 typed in the form, not recorded as a sign-off.
    app.ctx.db.prepare("UPDATE documents SET reviewed_by = '王某', signed_by = '张某', one_person = 0 WHERE id = ?").run(issued.id)
    const entry = await app.call('documents/get', { id: issued.id })
    const { text, rows } = await sheetOf(app, issued.id)
    expect(rows).toContainEqual(['拟稿（经办）', '管理员', '时间', localDateTimeZh(entry.createdAt)])
    expect(rows).toContainEqual(['核稿（审核）', '未经审签', '时间', '—'])
    expect(rows).toContainEqual(['签发', '未经审签', '时间', '—'])
    expect(text).not.toMatch(/王某|张某/)
  })

  it('a voided document still has its sheet, saying why it was voided; an unknown one is refused', async () => {
    const app = open()
    const issued = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    await app.call('documents/void', { id: issued.id, reason: '受函单位写错' })
    expect((await sheetOf(app, issued.id)).text).toContain('已作废，原因：受函单位写错')
    await expect(app.call('drafts/sheet', { documentId: '01HZZZZZZZZZZZZZZZZZZZZZZZ' })).rejects.toMatchObject({ message: expect.stringContaining('文书') })
  })
})
