import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { startHarness, type Harness } from '../../../electron/web/server'
import { T0 } from '../helpers'

export const INDEX_HTML = '<!doctype html><title>消安督办台</title><div id="app"></div>'

/** A harness on a free port over an in-memory app and a tiny renderer folder. */
export async function testHarness(): Promise<Harness & { rendererDir: string; port: number }> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'firedesk-renderer-'))
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML)
  writeFileSync(join(rendererDir, 'app.js'), 'console.log("ok")')
  const h = await startHarness({
    dataDir: null,
    port: 0,
    rendererDir,
    app: (onEvent) => openApp({ dataDir: null, clock: fixedClock(T0), newId: sequentialIds(), onEvent, logError: () => {} }),
  })
  const port = Number(new URL(h.origin).port)
  const close = async () => {
    await h.close()
    rmSync(rendererDir, { recursive: true, force: true })
  }
  return { ...h, close, rendererDir, port }
}

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  text: string
  json(): unknown
}

/**
 * A request exactly as given: raw path (no `..` normalising), any Host and Origin. By default it
 * is a well-formed call from our own page.
 */
export function send(
  h: { port: number; token: string },
  opts: { method?: string; path: string; headers?: Record<string, string | undefined>; body?: string },
): Promise<RawResponse> {
  const defaults: Record<string, string> = { host: `127.0.0.1:${h.port}` }
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries({ ...defaults, ...opts.headers })) if (v !== undefined) headers[k] = v
  if (opts.body !== undefined) headers['content-length'] = String(Buffer.byteLength(opts.body))
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: h.port, method: opts.method ?? 'GET', path: opts.path, headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown })
        })
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

/** A POST /rpc/<name> as our renderer makes it. */
export const rpc = (h: { port: number; token: string }, name: string, args: unknown, headers: Record<string, string | undefined> = {}) =>
  send(h, {
    method: 'POST',
    path: `/rpc/${name}`,
    headers: { 'content-type': 'application/json', 'x-firedesk-token': h.token, ...headers },
    body: JSON.stringify(args),
  })
