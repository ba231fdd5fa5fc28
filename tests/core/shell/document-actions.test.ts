import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { withDocumentActions, type DocumentShellDeps } from '../../../electron/main/document-actions'
import { FORBIDDEN_ENVELOPE, gateInvoke } from '../../../electron/main/gate'
import { letterData } from '../documents/register-helpers-data'
import { T0 } from '../helpers'

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const APP_PAGE = 'app://firedesk/index.html'

describe('the shell answers open and save-as for issued documents, behind the sender check', () => {
  const apps: FiredeskApp[] = []
  const dirs: string[] = []
  afterEach(() => {
    for (const a of apps.splice(0)) a.close()
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  function setUp(savePath: string | null) {
    const dir = mkdtempSync(join(tmpdir(), 'firedesk-shell-docs-'))
    dirs.push(dir)
    const app = openApp({ dataDir: dir, clock: fixedClock(T0), newId: sequentialIds(), logError: () => {} })
    apps.push(app)
    const calls: { opened: { path: string; allowed: readonly string[] }[]; copied: [string, string][] } = { opened: [], copied: [] }
    const deps: DocumentShellDeps = {
      openFile: async (path, allowed) => {
        calls.opened.push({ path, allowed })
        return true
      },
      chooseSavePath: async () => savePath,
      copyFile: async (from, to) => {
        calls.copied.push([from, to])
        copyFileSync(from, to)
      },
    }
    return { dir, core: app, answerer: withDocumentActions(app, deps), calls }
  }

  it('opens the issued file from the documents folder only, restoring it first when lost', async () => {
    const { dir, core, answerer, calls } = setUp(null)
    const doc = await core.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    rmSync(doc.path)
    expect(await gateInvoke(answerer, APP_PAGE, undefined, 'shell/openDocument', { id: doc.id })).toEqual({ ok: true, data: { opened: true } })
    expect(calls.opened).toEqual([{ path: doc.path, allowed: [join(dir, 'documents')] }])
    expect(sha(readFileSync(doc.path))).toBe(doc.sha256)
  })

  it('saves a copy where staff choose, and nothing when they cancel', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'firedesk-save-')), '警示函.docx')
    dirs.push(join(target, '..'))
    const { core, answerer } = setUp(target)
    const doc = await core.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    expect(await gateInvoke(answerer, APP_PAGE, undefined, 'shell/saveAs', { id: doc.id })).toEqual({ ok: true, data: { saved: true, path: target } })
    expect(sha(readFileSync(target))).toBe(doc.sha256)

    const cancelled = setUp(null)
    const other = await cancelled.core.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    expect(await gateInvoke(cancelled.answerer, APP_PAGE, undefined, 'shell/saveAs', { id: other.id })).toEqual({ ok: true, data: { saved: false, path: null } })
    expect(cancelled.calls.copied).toEqual([])
  })

  it('refuses a foreign page before touching anything, and answers unknown documents in Chinese', async () => {
    const { core, answerer, calls } = setUp('/tmp/x.docx')
    const doc = await core.call('documents/issue', { kind: 'warning_letter', data: letterData() })
    expect(await gateInvoke(answerer, 'https://evil.example/', undefined, 'shell/openDocument', { id: doc.id })).toEqual(FORBIDDEN_ENVELOPE)
    expect(await gateInvoke(answerer, 'https://evil.example/', undefined, 'shell/saveAs', { id: doc.id })).toEqual(FORBIDDEN_ENVELOPE)
    expect(calls).toEqual({ opened: [], copied: [] })
    expect(existsSync('/tmp/x.docx')).toBe(false)
    expect(await gateInvoke(answerer, APP_PAGE, undefined, 'shell/openDocument', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '文书不存在' } })
    expect(await gateInvoke(answerer, APP_PAGE, undefined, 'shell/openDocument', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await gateInvoke(answerer, APP_PAGE, undefined, 'settings/get', {})).toMatchObject({ ok: true })
  })
})
