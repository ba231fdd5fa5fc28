import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AppErrorData } from '../core/errors'

export type HarnessResponse = ServerResponse<IncomingMessage>

/** Headers every answer carries, whatever it is: the app's CSP and the usual hardening. */
export function setCommonHeaders(res: HarnessResponse, csp: string): void {
  res.setHeader('Content-Security-Policy', csp)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'DENY')
  // The page URL carries the token: never hand it to anyone in a Referer.
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
}

export function sendJson(res: HarnessResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

export const sendError = (res: HarnessResponse, status: number, error: AppErrorData): void =>
  sendJson(res, status, { ok: false, error })
