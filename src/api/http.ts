import type { Envelope, FiredeskBridge } from '../../electron/core/contract'
import { t } from '../locales'

const TOKEN_KEY = 'firedesk.token'

/**
 * The web harness prints its URL with ?token=…; the token must go with every call. It is kept in
 * sessionStorage so a reload of a hash route (where the query may be gone) still works.
 */
export function harnessToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

const failure = (code: 'INTERNAL' | 'FORBIDDEN', message: string): Envelope<unknown> => ({
  ok: false,
  error: { code, message },
})

async function invoke(name: string, args: unknown): Promise<Envelope<unknown>> {
  let res: Response
  try {
    res = await fetch(`/rpc/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-FireDesk-Token': harnessToken() },
      body: JSON.stringify(args ?? {}),
    })
  } catch {
    return failure('INTERNAL', t('error.unreachable'))
  }
  try {
    return (await res.json()) as Envelope<unknown>
  } catch {
    if (res.status === 403) return failure('FORBIDDEN', t('error.noToken'))
    return failure('INTERNAL', t('error.badAnswer', { status: res.status }))
  }
}

let source: EventSource | null = null

/** One EventSource for the page; each event name is an SSE event carrying JSON. */
function on(event: string, listener: (payload: unknown) => void): () => void {
  source ??= new EventSource(`/events?token=${encodeURIComponent(harnessToken())}`)
  const handle = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as unknown)
  source.addEventListener(event, handle)
  return () => source?.removeEventListener(event, handle)
}

export const httpBridge: FiredeskBridge = { invoke, on }

/** The browser mode's link to a backup of the list: the browser saves it where staff choose. */
export const backupDownloadUrl = (fileName: string): string => `/backup-files/${encodeURIComponent(fileName)}?token=${encodeURIComponent(harnessToken())}`

/** Sends a backup .zip to the browser mode's data folder (its incoming area); answers the file to verify and restore. */
export async function uploadBackup(file: Blob): Promise<Envelope<{ file: string }>> {
  try {
    const res = await fetch('/backup-upload', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-FireDesk-Token': harnessToken() }, body: file })
    return (await res.json()) as Envelope<{ file: string }>
  } catch {
    return failure('INTERNAL', t('error.unreachable')) as Envelope<never>
  }
}
