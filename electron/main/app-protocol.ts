/**
 * Serves the built renderer over app://firedesk/ instead of file://, so the page has a real origin
 * (CSP 'self', the IPC sender check and navigation rules all key on it) and cannot read the disk.
 */
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { contentTypeOf } from '../shared/content-types'
import { CSP } from '../shared/csp'
import { APP_SCHEME, resolveRendererPath } from './policy'

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // corsEnabled/supportFetchAPI: Vite emits <script type="module" crossorigin>, fetched in CORS mode.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ])
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS })
}

/** Answers app:// requests with files from `root` (out/renderer); everything else is refused. */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return refusal(405)
    const file = resolveRendererPath(root, request.url)
    if (file === null) return refusal(404)
    try {
      return new Response(await readFile(file), { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file) } })
    } catch {
      return refusal(404)
    }
  })
}
