import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { AppErrorData } from '../core/errors'

/*
 * The harness runs beside a browser that may have other sites open. These checks keep those sites
 * from driving it: a page on evil.example can make the browser send requests to 127.0.0.1, but it
 * cannot make them carry our Host (DNS rebinding gives its own name), our Origin, or the token.
 */

/** The Host values a browser sends when it really is talking to us. */
export const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`]

/** Our own origins: pages we served, under either name the Host check accepts. */
export const allowedOrigins = (port: number): string[] => allowedHosts(port).map((h) => `http://${h}`)

const forbidden = (message: string): AppErrorData => ({ code: 'FORBIDDEN', message })

/** Refuses a request that did not come from a page of ours; null when it may go on. */
export function refuseForeign(req: IncomingMessage, port: number): AppErrorData | null {
  const host = req.headers.host
  if (host === undefined || !allowedHosts(port).includes(host)) {
    return forbidden(`拒绝访问：请求的主机名“${host ?? ''}”不是本机地址，请用启动时显示的地址打开。`)
  }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedOrigins(port).includes(origin)) {
    return forbidden(`拒绝访问：来自其他网站（${origin}）的请求不被接受。`)
  }
  return null
}

/** The per-start secret: random 32 bytes, hex. */
export const sameToken = (given: string | undefined, expected: string): boolean => {
  if (given === undefined) return false
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  const digest = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

export const tokenRefused = (): AppErrorData =>
  forbidden('拒绝访问：缺少或错误的访问令牌。请用启动时显示的完整地址（含 ?token=…）打开。')
