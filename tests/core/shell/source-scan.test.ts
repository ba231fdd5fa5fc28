import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { callsIn, scanElectronSources, type SourceFile } from './electron-scan'

const repo = join(__dirname, '../../..')

function sourcesUnder(dir: string): SourceFile[] {
  return readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => {
      const full = join(repo, dir, name)
      return { path: relative(repo, full).split('\\').join('/'), text: readFileSync(full, 'utf8') }
    })
}

const shell = [...sourcesUnder('electron/main'), ...sourcesUnder('electron/preload')]
const read = (path: string): string => readFileSync(join(repo, path), 'utf8')

/** The real window and IPC registration, so a fixture only adds the one thing under test. */
const BASELINE: SourceFile[] = [
  {
    path: 'electron/main/window.ts',
    text: `new BrowserWindow({ webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false } })`,
  },
  { path: 'electron/main/ipc.ts', text: `ipcMain.handle(INVOKE_CHANNEL, () => null)` },
  { path: 'electron/preload/index.ts', text: `contextBridge.exposeInMainWorld('firedesk', bridge)` },
]

function rulesFor(path: string, text: string): string[] {
  return scanElectronSources([...BASELINE.filter((f) => f.path !== path), { path, text }]).map((f) => f.rule)
}

describe("the shell's sources follow Electron's security checklist", () => {
  it('finds nothing to report in electron/main and electron/preload', () => {
    expect(shell.map((f) => f.path)).toContain('electron/main/window.ts')
    expect(scanElectronSources(shell)).toEqual([])
  })

  it('wires every defence at start-up', () => {
    const calls = callsIn(read('electron/main/index.ts'))
    for (const fn of ['registerAppScheme', 'enableSandbox', 'lockDownWebContents', 'denyPermissions', 'enforceCsp', 'handleAppProtocol', 'registerIpc', 'requestSingleInstanceLock']) {
      expect(calls, fn).toContain(fn)
    }
  })

  it('denies navigation, new windows, webviews and permissions', () => {
    const calls = callsIn(read('electron/main/security.ts'))
    for (const hook of ['on:will-navigate', 'on:will-frame-navigate', 'on:will-redirect', 'on:will-attach-webview', 'setWindowOpenHandler', 'setPermissionRequestHandler', 'setPermissionCheckHandler', 'setDevicePermissionHandler']) {
      expect(calls, hook).toContain(hook)
    }
    expect(read('electron/main/security.ts')).toMatch(/return \{ action: 'deny' \}/)
  })

  it('serves app:// with the CSP header and never file://', () => {
    const text = read('electron/main/app-protocol.ts')
    expect(text).toMatch(/'Content-Security-Policy': CSP/)
    expect(text).toMatch(/standard: true, secure: true/)
  })
})

describe('the scan catches what it is meant to catch', () => {
  it.each([
    ['electron/main/window.ts', `new BrowserWindow({ webPreferences: { preload, contextIsolation: true, sandbox: false, nodeIntegration: false, webSecurity: true, webviewTag: false } })`, 'sandbox must be the literal true'],
    ['electron/main/window.ts', `new BrowserWindow({ webPreferences: { preload, contextIsolation: false, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false } })`, 'contextIsolation must be the literal true'],
    ['electron/main/window.ts', `new BrowserWindow({ webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: true, webSecurity: true, webviewTag: false } })`, 'nodeIntegration must be the literal false'],
    ['electron/main/window.ts', `new BrowserWindow({ webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: false, webviewTag: false } })`, 'webSecurity must be the literal true'],
    ['electron/main/window.ts', `new BrowserWindow({ webPreferences: { preload, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false } })`, 'webPreferences.sandbox must be true'],
    ['electron/main/window.ts', `new BrowserWindow({ webPreferences: { preload, contextIsolation: true, sandbox: isDev, nodeIntegration: false, webSecurity: true, webviewTag: false } })`, 'sandbox must be the literal true'],
    ['electron/main/window.ts', `new BrowserWindow({ webPreferences: prefs })`, 'BrowserWindow needs a literal webPreferences object'],
    ['electron/main/window.ts', `new BrowserWindow({ webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: true } })`, 'allowRunningInsecureContent must be the literal false'],
    ['electron/main/other.ts', `const p = { nodeIntegrationInSubFrames: true }`, 'nodeIntegrationInSubFrames must be the literal false'],
    ['electron/main/other.ts', `const p = { experimentalFeatures: true }`, 'experimentalFeatures must be the literal false'],
    ['electron/main/other.ts', `const p = { enableBlinkFeatures: 'X' }`, 'enableBlinkFeatures is not allowed'],
    ['electron/main/other.ts', `protocol.registerSchemesAsPrivileged([{ scheme: 'x', privileges: { bypassCSP: true } }])`, 'bypassCSP must be the literal false'],
    ['electron/main/other.ts', `win.loadFile('out/renderer/index.html')`, 'loadFile() is not allowed: the UI is served over app://'],
    ['electron/main/other.ts', `win.loadURL('file:///opt/app/index.html')`, 'file: URLs are not allowed: the UI is served over app://'],
    ['electron/main/other.ts', 'win.loadURL(`file://${dir}/index.html`)', 'file: URLs are not allowed: the UI is served over app://'],
    ['electron/main/other.ts', `win.loadURL(pathToFileURL(index).href)`, 'pathToFileURL() is not allowed: the UI is served over app://'],
    ['electron/main/other.ts', `shell.openExternal(url)`, 'openExternal() only in electron/main/safe-external.ts'],
    ['electron/main/other.ts', `shell.openPath(p)`, 'openPath() only in electron/main/safe-external.ts'],
    ['electron/main/other.ts', `ipcMain.on('sneaky', () => {})`, 'ipcMain.on() only in electron/main/ipc.ts'],
    ['electron/main/other.ts', `new BrowserView()`, 'BrowserView is not allowed: one BrowserWindow only'],
    ['electron/preload/index.ts', `contextBridge.exposeInMainWorld('ipc', ipcRenderer)`, "exposeInMainWorld only as 'firedesk'"],
  ])('%s: %s', (path, text, rule) => {
    expect(rulesFor(path, text)).toContain(rule)
  })

  it('counts IPC registrations and bridges', () => {
    expect(scanElectronSources([BASELINE[0]!]).map((f) => f.rule)).toEqual([
      'exactly one ipcMain registration expected, found 0',
      'exactly one exposeInMainWorld expected, found 0',
    ])
  })

  it('ignores comments that merely mention a setting', () => {
    expect(rulesFor('electron/main/other.ts', `// never sandbox: false, never loadFile('file:///x')\nconst x = 1`)).toEqual([])
  })
})
