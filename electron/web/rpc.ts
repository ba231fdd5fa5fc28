import type { IncomingMessage } from 'node:http'
import type { FiredeskApp } from '../core/app'
import type { ErrorCode } from '../core/errors'
import { sameToken, tokenRefused } from './guard'
import { sendError, sendJson, type HarnessResponse } from './respond'

/** Larger bodies are refused before they are read into memory. */
/** Attachments may be 20 MB, which base64 in a JSON body makes about 27 MB. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024

export const TOKEN_HEADER = 'x-firedesk-token'

/** The HTTP status an AppError travels with; the envelope carries the details. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION':
      return 400
    case 'FORBIDDEN':
      return 403
    case 'UNKNOWN_HANDLER':
    case 'NOT_FOUND':
      return 404
    case 'CONFLICT':
    case 'ILLEGAL_STATE':
      return 409
    default:
      return 500
  }
}

const isJson = (contentType: string | undefined): boolean =>
  contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json'

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      // Past the limit the rest is discarded until the 413 closes the connection.
      if (size > MAX_BODY_BYTES) reject(new BodyTooLarge())
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const tooLarge = (res: HarnessResponse): void => {
  // The rest of the body is not read: tell the client the connection goes away with it.
  res.setHeader('Connection', 'close')
  sendError(res, 413, { code: 'VALIDATION', message: `提交的内容过大（上限 ${MAX_BODY_BYTES / 1024 / 1024} MB）。` })
}

/** `POST /rpc/<name>`: the JSON body is the handler's args; the answer is its envelope. */
export async function handleRpc(
  req: IncomingMessage,
  res: HarnessResponse,
  app: Pick<FiredeskApp, 'invoke'>,
  token: string,
  name: string,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST')
    sendError(res, 405, { code: 'FORBIDDEN', message: '调用接口只接受 POST 请求。' })
    return
  }
  const given = req.headers[TOKEN_HEADER]
  if (!sameToken(typeof given === 'string' ? given : undefined, token)) {
    sendError(res, 403, tokenRefused())
    return
  }
  if (!isJson(req.headers['content-type'])) {
    sendError(res, 415, { code: 'VALIDATION', message: '调用接口只接受 Content-Type: application/json。' })
    return
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    tooLarge(res)
    return
  }
  let body: string
  try {
    body = await readBody(req)
  } catch (e) {
    if (e instanceof BodyTooLarge) tooLarge(res)
    else res.destroy()
    return
  }
  let args: unknown
  try {
    args = body.trim() === '' ? undefined : JSON.parse(body)
  } catch {
    sendError(res, 400, { code: 'VALIDATION', message: '提交的内容不是有效的 JSON。' })
    return
  }
  const envelope = await app.invoke(name, args)
  sendJson(res, envelope.ok ? 200 : statusOf(envelope.error.code), envelope)
}
