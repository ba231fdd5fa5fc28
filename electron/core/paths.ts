import { homedir } from 'node:os'
import { join } from 'node:path'

export const DB_FILE = 'firedesk.db'

/**
 * The folder the desktop app keeps its data in: the same as Electron's userData for productName
 * "FireDesk", so the desktop app, the web harness and the CLI all open the same file by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'FireDesk')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'FireDesk')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'FireDesk')
}
