import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { confinedPath, isInside } from '../../../electron/core/safety/confine'
import { withDocumentActions } from '../../../electron/main/document-actions'
import { caseIn, smallLedger } from '../cases/fixtures'
import { letterData } from '../documents/register-helpers-data'
import { T0 } from '../helpers'

let dir: string
let data: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-confine-'))
  data = join(dir, 'data')
  mkdirSync(join(data, 'documents'), { recursive: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('stored paths stay inside the data folder', () => {
  it('resolves a plain relative path and refuses .., absolute paths, drive letters, backslashes and control characters', () => {
    expect(confinedPath(data, 'documents/2024/警示函.docx')).toBe(join(data, 'documents', '2024', '警示函.docx'))
    for (const bad of ['../x.docx', 'documents/../../x.docx', '/etc/passwd', 'C:/Windows/x.docx', 'c:x.docx', 'documents\\..\\x.docx', 'documents/a\u0000.docx', '', 'documents//x', './x']) {
      expect(() => confinedPath(data, bad), bad).toThrow(/不在数据文件夹内/)
    }
  })

  it('refuses a path through a link, wherever the link points', () => {
    symlinkSync(dir, join(data, 'documents', 'out'))
    expect(() => confinedPath(data, 'documents/out/x.docx')).toThrow(/经过一个链接（out）/)
    expect(isInside(data, join(data, 'documents', 'out', 'x.docx'))).toBe(false)
    expect(isInside(data, join(data, 'documents', 'new', 'x.docx'))).toBe(true)
  })

  it('a document whose stored path was changed to leave the folder is neither restored, reprinted nor opened there', async () => {
    const app: FiredeskApp = openApp({ dataDir: data, clock: fixedClock(T0), newId: sequentialIds(), logError: () => {} })
    try {
      const doc = await app.call('documents/issue', { kind: 'warning_letter', data: letterData() })
      app.ctx.db.prepare('UPDATE documents SET file_path = ? WHERE id = ?').run('../outside.docx', doc.id)
      const opened: string[] = []
      const shell = withDocumentActions(app, { openFile: async (p) => opened.push(p) > 0, chooseSavePath: async () => join(dir, 'copy.docx'), copyFile: async () => {} })
      expect(await shell.invoke('shell/openDocument', { id: doc.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect((await app.invoke('documents/reprint', { id: doc.id })).ok).toBe(false)
      expect(opened).toEqual([])
      expect(existsSync(join(dir, 'outside.docx'))).toBe(false)
    } finally {
      app.close()
    }
  })

  it('an attachment whose folder was swapped for a link is neither read nor written through it', async () => {
    const app: FiredeskApp = openApp({ dataDir: data, clock: fixedClock(T0), newId: sequentialIds(), logError: () => {} })
    try {
      const { shop } = await smallLedger(app)
      const caseId = (await caseIn(app, 'rectifying', { subjectId: shop.id })).id
      const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])
      const a = await app.call('cases/attach', { caseId, fileName: '现场.jpg', dataBase64: photo.toString('base64') })
      const outside = join(dir, 'outside')
      renameSync(join(data, 'attachments', a.sha256.slice(0, 2)), outside)
      writeFileSync(join(outside, a.sha256.slice(2)), 'a file outside the data folder')
      symlinkSync(outside, join(data, 'attachments', a.sha256.slice(0, 2)))
      expect(await app.invoke('cases/attachmentContent', { id: a.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('附件文件路径经过一个链接') } })
      rmSync(join(outside, a.sha256.slice(2)))
      expect(await app.invoke('cases/attach', { caseId, fileName: '现场.jpg', dataBase64: photo.toString('base64') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(readdirSync(outside)).toEqual([])
    } finally {
      app.close()
    }
  })
})
