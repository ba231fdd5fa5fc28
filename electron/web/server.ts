import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { openApp, type FiredeskApp } from '../core/app'
import { toAppErrorData } from '../core/errors'
import { CSP } from '../shared/csp'
import { receiveBackup, sendBackup, withBrowserBackupPaths } from './backup-files'
import { EventStreams } from './events'
import { refuseForeign, sameToken, tokenRefused } from './guard'
import { sendError, setCommonHeaders, type HarnessResponse } from './respond'
import { handleRpc } from './rpc'
import { serveStatic } from './static'

export const DEFAULT_PORT = 5174
export const DEFAULT_RENDERER_DIR = resolve(__dirname, '../../out/renderer')

export type EventSink = (event: string, payload: unknown) => void

export interface HarnessOptions {
  /** The data folder; null opens an in-memory database. Ignored when `app` is given. */
  dataDir: string | null
  /** 0 picks a free port; default 5174. */
  port?: number
  /** The built renderer; default out/renderer. */
  rendererDir?: string
  /**
   * An app to serve instead of opening one. A ready app is not closed by `close()`, and its events
   * do not reach `/events` (its onEvent was fixed when it was opened); pass a function that opens
   * the app with the given onEvent to have both.
   */
  app?: FiredeskApp | ((onEvent: EventSink) => FiredeskApp)
}

export interface Harness {
  /** What to open in the browser: http://127.0.0.1:PORT/?token=… */
  url: string
  origin: string
  token: string
  /** What the listening socket is bound to (always 127.0.0.1). */
  address: AddressInfo
  app: FiredeskApp
  close(): Promise<void>
}

const HOST = '127.0.0.1'

/** Serves the renderer and the core's handlers to a browser on this machine only. */
export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const rendererDir = resolve(opts.rendererDir ?? DEFAULT_RENDERER_DIR)
  const token = randomBytes(32).toString('hex')
  const streams = new EventStreams()
  const publish: EventSink = (event, payload) => streams.publish(event, payload)
  const ownsApp = typeof opts.app !== 'object'
  const app =
    typeof opts.app === 'object'
      ? opts.app
      : typeof opts.app === 'function'
        ? opts.app(publish)
        : openApp({ dataDir: opts.dataDir, onEvent: publish })

  const guarded = withBrowserBackupPaths(app)
  let port = 0
  const route = async (req: IncomingMessage, res: HarnessResponse): Promise<void> => {
    setCommonHeaders(res, CSP)
    const refusal = refuseForeign(req, port)
    if (refusal) return sendError(res, 403, refusal)
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`)
    const path = url.pathname
    if (path === '/rpc' || path.startsWith('/rpc/')) return handleRpc(req, res, guarded, token, path.slice('/rpc/'.length))
    if (path.startsWith('/backup-files/') && req.method === 'GET') return sendBackup(res, app, url.searchParams.get('token'), token, path.slice('/backup-files/'.length))
    if (path === '/backup-upload') return receiveBackup(req, res, app, token)
    if (path === '/events') {
      if (req.method !== 'GET') {
        res.setHeader('Allow', 'GET')
        return sendError(res, 405, { code: 'FORBIDDEN', message: '事件流只接受 GET 请求。' })
      }
      if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return sendError(res, 403, tokenRefused())
      return streams.open(res)
    }
    // The raw path, not the URL parser's: it would quietly resolve `/../` and hide the attempt.
    return serveStatic(req, res, rendererDir, (req.url ?? '/').split('?')[0] ?? '/')
  }

  // Host is checked by refuseForeign, which answers in Chinese; Node's own check would not.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    route(req, res).catch((e: unknown) => {
      console.error('[firedesk web] request failed:', e)
      if (!res.headersSent) sendError(res, 500, toAppErrorData(e))
      else res.destroy()
    })
  })
  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail)
      server.listen(opts.port ?? DEFAULT_PORT, HOST, () => {
        server.off('error', fail)
        ok()
      })
    })
  } catch (e) {
    streams.close()
    if (ownsApp) app.close()
    throw e
  }
  const address = server.address() as AddressInfo
  port = address.port
  const origin = `http://${HOST}:${port}`

  let closing: Promise<void> | null = null
  const close = (): Promise<void> =>
    (closing ??= new Promise<void>((done) => {
      streams.close()
      server.close(() => {
        if (ownsApp) app.close()
        done()
      })
      server.closeAllConnections()
    }))

  return { url: `${origin}/?token=${token}`, origin, token, address, app, close }
}
