import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL, WINDOW_TITLE } from './policy'

/**
 * The one application window. Every webPreference that matters for security is spelled out, even
 * where it equals Electron's default, so a reader (and the source scan test) sees the whole policy.
 */
export function createMainWindow(preload: string, devUrl: string | undefined): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  })
  // The window keeps the product's name whatever <title> a view sets.
  win.on('page-title-updated', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  win.loadURL(devUrl ?? APP_ENTRY_URL).catch((err: unknown) => console.error('[firedesk] the window failed to load:', err))
  return win
}
