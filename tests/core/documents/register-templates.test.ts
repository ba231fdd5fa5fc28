import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentKinds } from '../../../electron/core/documents/kinds'
import { editTemplate } from './docx'
import { fileText, letterData, useDocsApps } from './register-helpers'

const newApp = useDocsApps()
const shipped = readFileSync('templates/warning_letter.docx')
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

describe('templates staff may replace', () => {
  it('lists every kind with the shipped template and its tags described in Chinese', async () => {
    const app = newApp()
    const list = await app.call('templates/list', {})
    expect(list.map((t) => t.kind)).toEqual(documentKinds.map((k) => k.code))
    expect(list.every((t) => !t.custom && t.tags.every((tag) => /[\u4e00-\u9fa5]/.test(tag.label)))).toBe(true)
    const letter = list.find((t) => t.kind === 'warning_letter')
    expect(letter).toMatchObject({ name: '消防安全警示函', formatName: '信函格式', custom: false, sha256: sha(shipped), replacedAt: null, previousCopies: 0 })
    expect(letter?.tags.find((t) => t.name === 'recipient')?.label).toBe('受函单位')
  })

  it('checks an upload and explains each problem with the tag and its surroundings, changing nothing', async () => {
    const app = newApp()
    const broken = editTemplate(shipped, '{recipient}：', '｛recipient｝：{recipent}')
    const check = await app.call('templates/check', { kind: 'warning_letter', base64: b64(broken) })
    expect(check.ok).toBe(false)
    expect(check.problems.map((p) => p.message).join('\n')).toContain('全角大括号')
    const typo = check.problems.find((p) => p.tag === 'recipent')
    expect(typo?.message).toContain('是不是「recipient」')
    expect(typo?.context).toContain('recipent')

    const refused = await app.call('templates/replace', { kind: 'warning_letter', base64: b64(broken) })
    expect(refused.accepted).toBe(false)
    expect(refused.template.custom).toBe(false)
    const notDocx = await app.call('templates/check', { kind: 'warning_letter', base64: b64(Buffer.from('hello')) })
    expect(notDocx.problems[0]?.message).toContain('不是有效的 Word 文档')
  })

  it('issues with staff’s copy once accepted, records which template, keeps the previous copy, and restores the shipped one', async () => {
    const app = newApp()
    const mine = editTemplate(shipped, '特此警示。', '特此警示，望遵照执行。')
    const replaced = await app.call('templates/replace', { kind: 'warning_letter', base64: b64(mine) })
    expect(replaced).toMatchObject({ accepted: true, ok: true, template: { custom: true, sha256: sha(mine), previousCopies: 0 } })
    expect(replaced.template.replacedAt).not.toBeNull()

    const withMine = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    expect(fileText(withMine.path)).toContain('特此警示，望遵照执行。')
    expect(await app.call('documents/get', { id: withMine.id })).toMatchObject({ templateSha256: sha(mine), templateCustom: true })

    const second = editTemplate(shipped, '特此警示。', '特此函告。')
    expect((await app.call('templates/replace', { kind: 'warning_letter', base64: b64(second) })).template.previousCopies).toBe(1)
    const inUse = await app.call('templates/file', { kind: 'warning_letter' })
    expect(inUse.sha256).toBe(sha(second))
    expect((await app.call('templates/file', { kind: 'warning_letter', builtin: true })).sha256).toBe(sha(shipped))

    const restored = await app.call('templates/restore', { kind: 'warning_letter' })
    expect(restored).toMatchObject({ custom: false, sha256: sha(shipped), previousCopies: 2 })
    const withShipped = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    expect(fileText(withShipped.path)).toContain('特此警示。')
    expect(await app.call('documents/get', { id: withShipped.id })).toMatchObject({ templateSha256: sha(shipped), templateCustom: false })

    const audit = app.ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'template' ORDER BY seq").pluck().all()
    expect(audit).toEqual(['replace', 'replace', 'restore'])
  })
})
