/**
 * FireDesk's main process: opens the core on the data folder, serves the renderer over app://,
 * wires the one IPC channel and applies the security rules before any window exists.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import { openApp, type FiredeskApp } from '../core/app'
import { isAppError } from '../core/errors'
import { takeWriterLock, type WriterLock } from '../core/safety/lock'
import { startUp } from '../core/safety/startup'
import { handleAppProtocol, registerAppScheme } from './app-protocol'
import { backupDialogs } from './backup-dialogs'
import { withBackupPaths } from './backup-paths'
import { withDocumentActions } from './document-actions'
import { documentShell } from './document-shell'
import { registerIpc, sendEvent } from './ipc'
import { APP_NAME, devServerUrl } from './policy'
import { denyPermissions, enforceCsp, lockDownWebContents } from './security'
import { createMainWindow } from './window'

// userData is pinned to <appData>/FireDesk: the folder the CLI and the web harness open by default
// (electron/core/paths.ts), whatever name the package or the launcher carries.
app.setName(APP_NAME)
app.setPath('userData', join(app.getPath('appData'), APP_NAME))
app.enableSandbox()
registerAppScheme()

const devUrl = devServerUrl(process.env, app.isPackaged)
let core: FiredeskApp | null = null
let writerLock: WriterLock | null = null
let mainWindow: BrowserWindow | null = null

function openWindow(): void {
  mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), devUrl)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

async function start(): Promise<void> {
  writerLock = await takeWriterLock(app.getPath('userData'), '桌面程序', (why) => console.error('[firedesk] the data folder lock was lost:', why))
  for (const line of startUp(app.getPath('userData'))) console.log(`[firedesk] ${line}`)
  core = openApp({
    dataDir: app.getPath('userData'),
    onEvent: (event, payload) => sendEvent(mainWindow?.webContents, event, payload),
  })
  denyPermissions(session.defaultSession)
  enforceCsp(session.defaultSession)
  handleAppProtocol(join(__dirname, '../renderer'))
  registerIpc(core, devUrl, withBackupPaths(withDocumentActions(core, documentShell), app.getPath('userData'), backupDialogs))
  // The default menu is English and offers reload/devtools; the packaged app on Windows/Linux needs none.
  if (process.platform !== 'darwin' && devUrl === undefined) Menu.setApplicationMenu(null)
  openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
}

function failToStart(err: unknown): void {
  console.error('[firedesk] start-up failed:', err)
  const detail = isAppError(err) ? err.message : `启动时发生意外错误，请联系维护人员。\n${err instanceof Error ? err.message : String(err)}`
  dialog.showErrorBox('消安督办台无法启动', detail)
  app.exit(1)
}

// Two instances would write the same data file: the second one hands over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  lockDownWebContents(devUrl)
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    core?.close()
    void writerLock?.release()
  })
  app.whenReady().then(start).catch(failToStart)
}
