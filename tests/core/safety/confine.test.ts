import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { confinedPath, isInside } from '../../../electron/core/safety/confine'
import { withDocumentActions } from '../../../electron/main/document-actions'
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
})
