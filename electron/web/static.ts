import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { contentTypeOf } from '../shared/content-types'
import { sendError, type HarnessResponse } from './respond'

const isInside = (root: string, target: string): boolean => {
  const rel = relative(root, target)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/**
 * The file a URL path names inside the renderer folder, or null when it would leave the folder
 * (`..`, encoded or not), holds NUL bytes or backslashes, or cannot be decoded.
 */
export function fileForPath(root: string, pathname: string): string | null {
  if (!pathname.startsWith('/')) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  // A backslash is a separator on Windows: refused everywhere so the harness behaves the same.
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const target = resolve(root, `.${decoded}`)
  return isInside(resolve(root), target) ? target : null
}

async function existingFile(root: string, file: string): Promise<string | null> {
  try {
    // Resolving links too: a symlink inside the folder must not lead outside it.
    const [realRoot, real] = await Promise.all([realpath(root), realpath(file)])
    if (!isInside(realRoot, real)) return null
    return (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}

/**
 * Serves the built renderer. `/` and extensionless paths that name no file (client-side routes)
 * get index.html; anything else missing is 404.
 */
export async function serveStatic(req: IncomingMessage, res: HarnessResponse, root: string, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    sendError(res, 405, { code: 'FORBIDDEN', message: `不支持的请求方法：${req.method ?? ''}` })
    return
  }
  const target = fileForPath(root, pathname)
  if (target === null) {
    sendError(res, 400, { code: 'FORBIDDEN', message: '请求的路径无效。' })
    return
  }
  let file = await existingFile(root, target)
  if (file === null && extname(target) === '') file = await existingFile(root, join(root, 'index.html'))
  if (file === null) {
    sendError(res, 404, { code: 'NOT_FOUND', message: `找不到文件：${pathname}` })
    return
  }
  const { size } = await stat(file)
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': size,
    // Built assets carry content hashes; index.html does not and must always be fresh.
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'no-cache',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}
