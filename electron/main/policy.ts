/**
 * The shell's security decisions as pure functions: no `electron` import, so vitest checks every
 * rule under plain Node. What the web harness shares with the shell (the CSP, content types) is in
 * electron/shared.
 */
import nodePath from 'node:path'

export const APP_NAME = 'FireDesk'
export const WINDOW_TITLE = '消安督办台'

/** The renderer is served from app://firedesk/ (a privileged standard scheme), never file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'firedesk'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Only these kinds of file may be handed to the OS to open (in WPS/Word/Excel, a PDF viewer…). */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.docx', '.xlsx', '.pdf', '.zip'])

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'extname' | 'basename' | 'sep'>

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]'])

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** True only for app://firedesk/… exactly: no other host, no port, no credentials. */
export function isAppUrl(url: string): boolean {
  const u = parse(url)
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === ''
}

/** The origin of a dev server URL if it is plain http(s) on this machine's loopback, else null. */
function loopbackOrigin(devUrl: string | undefined): string | null {
  if (!devUrl) return null
  const u = parse(devUrl)
  if (u === null || (u.protocol !== 'http:' && u.protocol !== 'https:')) return null
  if (!LOOPBACK_HOSTS.has(u.hostname) || u.username !== '' || u.password !== '') return null
  return u.origin
}

/**
 * The electron-vite dev server URL, honoured only in an unpackaged run: a packaged app must never
 * be pointed at another page by an environment variable.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL
  if (isPackaged || loopbackOrigin(raw) === null) return undefined
  return raw
}

/** Our own pages: the app:// origin, or (in dev only) the dev server's origin. */
export function isOwnUrl(url: string, devUrl?: string): boolean {
  if (isAppUrl(url)) return true
  const dev = loopbackOrigin(devUrl)
  return dev !== null && parse(url)?.origin === dev
}

/** An IPC call is served only when it comes from a frame showing one of our own pages. */
export function isAllowedSender(frameUrl: string | null | undefined, devUrl?: string): boolean {
  return typeof frameUrl === 'string' && isOwnUrl(frameUrl, devUrl)
}

/**
 * The only sites a link may open in the user's browser: the emergency-management ministry, the
 * fire and rescue service and the State Council portal, over https without credentials. Any other
 * link a page shows (a pasted address in a note, a crafted record) stays unopened.
 */
export const EXTERNAL_HOSTS: readonly string[] = ['www.mem.gov.cn', 'www.119.gov.cn', 'www.gov.cn']

/** Links the OS may open: https to a host of the allow-list, without embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const u = parse(url)
  if (u === null) return false
  return u.protocol === 'https:' && EXTERNAL_HOSTS.includes(u.hostname) && u.username === '' && u.password === '' && u.port === ''
}

function isInside(dir: string, file: string, p: PathApi): boolean {
  const rel = p.relative(dir, file)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${p.sep}`) && !p.isAbsolute(rel)
}

/**
 * The file under `root` that an app:// request asks for, or null when the request is not ours or
 * would leave `root` (../, %2e%2e, encoded slashes or backslashes, drive paths). The router uses
 * hash history, so only the root itself stands for index.html.
 */
export function resolveRendererPath(root: string, requestUrl: string, p: PathApi = nodePath): string | null {
  if (!isAppUrl(requestUrl)) return null
  const u = parse(requestUrl)
  if (u === null) return null
  let rel: string
  try {
    rel = decodeURIComponent(u.pathname)
  } catch {
    return null
  }
  // No asset name holds a backslash; on Windows it would be a separator the URL parser never saw.
  if (rel.includes('\0') || rel.includes('\\')) return null
  const base = p.resolve(root)
  const wanted = rel.replace(/^\/+/, '')
  if (wanted === '') return p.resolve(base, 'index.html')
  const file = p.resolve(base, wanted)
  return isInside(base, file, p) ? file : null
}

/**
 * Whether a file may be opened with the OS's default program: an absolute path to a .docx, .xlsx,
 * .pdf or .zip strictly inside one of the allowed folders. Callers pass real paths (symlinks
 * resolved) so a link cannot point outside.
 */
export function isOpenablePath(path: string, allowedDirs: readonly string[], p: PathApi = nodePath): boolean {
  if (path.includes('\0') || !p.isAbsolute(path)) return false
  const file = p.resolve(path)
  // A colon in the name is an NTFS alternate data stream ("report.exe:x.docx").
  if (p.basename(file).includes(':')) return false
  if (!OPENABLE_EXTENSIONS.has(p.extname(file).toLowerCase())) return false
  return allowedDirs.some((dir) => p.isAbsolute(dir) && isInside(p.resolve(dir), file, p))
}
