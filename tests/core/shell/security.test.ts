import { EventEmitter } from 'node:events'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({ opened: [] as string[], openedPaths: [] as string[] }))

vi.mock('electron', async () => ({
  app: new (await import('node:events')).EventEmitter(),
  shell: {
    openExternal: async (url: string) => void electron.opened.push(url),
    openPath: async (path: string) => (electron.openedPaths.push(path), ''),
  },
}))

const { app } = await import('electron')
const { denyPermissions, lockDownWebContents } = await import('../../../electron/main/security')
const { openPathSafely } = await import('../../../electron/main/safe-external')

type OpenHandler = (details: { url: string }) => { action: string }

/** A stand-in for WebContents: emits navigation events and records the window-open handler. */
class FakeContents extends EventEmitter {
  openHandler: OpenHandler | null = null
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler
  }
  /** Emits `name` as Electron does and tells whether a listener prevented it. */
  attempt(name: string, url?: string): boolean {
    let prevented = false
    this.emit(name, { url, preventDefault: () => (prevented = true) })
    return prevented
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('every web contents is locked down', () => {
  const contents = new FakeContents()
  lockDownWebContents(undefined)
  app.emit('web-contents-created', {}, contents)
  beforeEach(() => {
    electron.opened.splice(0)
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })

  it('stays on the app when navigating between its own pages', () => {
    expect(contents.attempt('will-navigate', 'app://firedesk/index.html#/subjects')).toBe(false)
    expect(contents.attempt('will-frame-navigate', 'app://firedesk/index.html')).toBe(false)
  })

  it.each(['https://evil.example/', 'http://127.0.0.1:5173/', 'file:///etc/passwd', 'app://firedesk.evil.com/'])(
    'refuses to navigate to %s',
    (url) => {
      expect(contents.attempt('will-navigate', url)).toBe(true)
      expect(contents.attempt('will-frame-navigate', url)).toBe(true)
      expect(contents.attempt('will-redirect', url)).toBe(true)
    },
  )

  it('opens a clicked https link of the allow-list in the browser instead, and nothing else', async () => {
    contents.attempt('will-navigate', 'https://www.mem.gov.cn/')
    contents.attempt('will-navigate', 'https://example.com/phishing')
    contents.attempt('will-navigate', 'file:///C:/Windows/System32/calc.exe')
    await flush()
    expect(electron.opened).toEqual(['https://www.mem.gov.cn/'])
  })

  it('never opens a new window; https links of the allow-list go to the browser', async () => {
    expect(contents.openHandler?.({ url: 'https://www.119.gov.cn/a' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'https://example.com/a' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'app://firedesk/index.html' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' })
    await flush()
    expect(electron.opened).toEqual(['https://www.119.gov.cn/a'])
  })

  it('refuses to attach a webview', () => {
    expect(contents.attempt('will-attach-webview')).toBe(true)
  })
})

describe('the session grants no permission', () => {
  it('denies requests, checks and devices', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let check: ((...a: unknown[]) => boolean) | undefined
    let device: ((...a: unknown[]) => boolean) | undefined
    denyPermissions({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: (h: typeof device) => (device = h),
    } as never)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = []
      request?.({}, permission, (ok) => answers.push(ok))
      expect(answers, permission).toEqual([false])
      expect(check?.({}, permission, 'app://firedesk', {})).toBe(false)
    }
    expect(device?.({ deviceType: 'usb' })).toBe(false)
  })
})

describe('openPathSafely: only documents inside the allowed folders reach the OS', () => {
  const data = mkdtempSync(join(tmpdir(), 'firedesk-open-'))
  const documents = join(data, 'documents')
  const exports = join(data, 'exports')
  mkdirSync(documents)
  mkdirSync(exports)
  writeFileSync(join(documents, '通知书.docx'), 'x')
  writeFileSync(join(documents, 'run.exe'), 'x')
  writeFileSync(join(data, 'firedesk.db'), 'x')
  writeFileSync(join(data, 'outside.docx'), 'x')
  symlinkSync(join(data, 'outside.docx'), join(documents, 'link.docx'))
  afterAll(() => rmSync(data, { recursive: true, force: true }))
  beforeEach(() => {
    electron.openedPaths.splice(0)
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })

  it('opens a generated document', async () => {
    expect(await openPathSafely(join(documents, '通知书.docx'), [documents, exports])).toBe(true)
    expect(electron.openedPaths).toEqual([realpathSync(join(documents, '通知书.docx'))])
  })

  it.each([
    ['a program', () => join(documents, 'run.exe')],
    ['the database', () => join(data, 'firedesk.db')],
    ['a traversal', () => join(documents, '..', 'outside.docx')],
    ['a symlink pointing outside', () => join(documents, 'link.docx')],
    ['a missing file', () => join(documents, 'missing.docx')],
  ])('refuses %s', async (_what, path) => {
    expect(await openPathSafely(path(), [documents, exports])).toBe(false)
    expect(electron.openedPaths).toEqual([])
  })
})
