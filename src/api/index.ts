/**
 * The only way the renderer talks to the core: the Electron preload's `window.firedesk` inside the
 * app, the web harness over HTTP in a browser. Both answer the same envelopes.
 */
import type { ArgsOf, FiredeskBridge, HandlerName, ResultOf } from '../../electron/core/contract'
import { ApiError } from './error'
import { httpBridge, uploadBackup as httpUpload } from './http'

export { ApiError, isApiError, messageOf } from './error'
export { backupDownloadUrl } from './http'

const bridge = (): FiredeskBridge => window.firedesk ?? httpBridge

/** In the desktop app: its shell answers the OS dialogs (shell/…), and takes paths only from them. */
export const inDesktopApp = (): boolean => window.firedesk !== undefined

/** Calls a core handler; resolves with its result or throws an ApiError. */
export async function call<N extends HandlerName>(name: N, args: ArgsOf<N>): Promise<ResultOf<N>> {
  const envelope = await bridge().invoke(name, args)
  if (envelope.ok) return envelope.data as ResultOf<N>
  throw new ApiError(envelope.error)
}

/** The browser mode's upload of a backup .zip (the desktop app picks files instead); throws an ApiError. */
export async function uploadBackup(file: Blob): Promise<string> {
  const envelope = await httpUpload(file)
  if (envelope.ok) return envelope.data.file
  throw new ApiError(envelope.error)
}

/** Subscribes to an event the core pushes; returns the unsubscribe function. */
export function on(event: string, listener: (payload: unknown) => void): () => void {
  return bridge().on(event, listener)
}
