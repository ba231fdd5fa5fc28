import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ulid } from 'ulid'
import type { FiredeskApp } from '../core/app'
import { incomingDir, isListedBackup, isUploadedBackup, listedBackupFile } from '../core/backup/stored'
import type { Envelope } from '../core/contract'
import { limitsOf } from '../core/safety/schema'
import { loadSettings } from '../core/settings/service'
import { sameToken, tokenRefused } from './guard'
import { sendError, sendJson, type HarnessResponse } from './respond'
import { TOKEN_HEADER } from './rpc'

/*
 * A browser cannot name a folder or a file on this machine, and the page must not either: a
 * backup leaves by download (the browser's own save dialog puts it on the USB stick) and comes
 * back by upload, into the data folder's incoming/ area, where the normal distrustful restore
 * takes it. Paths the page sends are checked here against what the data folder holds.
 */

const refused = (message: string): Envelope<never> => ({ ok: false, error: { code: 'FORBIDDEN', message } })

const argOf = (args: unknown, key: string): unknown => (typeof args === 'object' && args !== null ? (args as Record<string, unknown>)[key] : undefined)

/** backup/create only into backups/; backup/verify and backup/restore only of a listed or uploaded backup. */
export function withBrowserBackupPaths(next: FiredeskApp): Pick<FiredeskApp, 'invoke'> {
  return {
    invoke(name, args) {
      if (name === 'backup/create' && argOf(args, 'dir') !== undefined) return Promise.resolve(refused('浏览器中不能选择文件夹：请先“立即备份”，再点列表中的“下载”保存到U盘或其他位置'))
      if (name === 'backup/verify' || name === 'backup/restore') {
        const file = argOf(args, 'file')
        const dataDir = next.ctx.dataDir
        const allowed = typeof file === 'string' && dataDir !== null && (isListedBackup(dataDir, file) || isUploadedBackup(dataDir, file))
        if (!allowed) return Promise.resolve(refused('备份文件须从备份列表中选择，或用“上传备份文件”选取，不能直接输入路径'))
      }
      return next.invoke(name, args)
    },
  }
}

/** `GET /backup-files/<name>?token=…`: a backup of the list, as a download (a link cannot send a header). */
export function sendBackup(res: HarnessResponse, app: FiredeskApp, givenToken: string | null, token: string, name: string): void {
  if (!sameToken(givenToken ?? undefined, token)) return sendError(res, 403, tokenRefused())
  const dataDir = app.ctx.dataDir
  let fileName = ''
  try {
    fileName = decodeURIComponent(name)
  } catch {
    fileName = ''
  }
  const file = dataDir === null ? null : listedBackupFile(dataDir, fileName)
  if (file === null) return sendError(res, 404, { code: 'NOT_FOUND', message: '备份文件不存在，请刷新备份列表' })
  res.writeHead(200, {
    'Content-Type': 'application/zip',
    'Content-Length': statSync(file).size,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  })
  createReadStream(file).pipe(res)
}

class UploadTooLarge extends Error {}

/**
 * `POST /backup-upload` with the .zip as the body: streamed into incoming/ as .partial, within the
 * backup caps (a stored zip is about as big as what it holds), renamed when whole. Answers the
 * file, which backup/verify and backup/restore then accept.
 */
export async function receiveBackup(req: IncomingMessage, res: HarnessResponse, app: FiredeskApp, token: string): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST')
    return sendError(res, 405, { code: 'FORBIDDEN', message: '上传备份只接受 POST 请求。' })
  }
  const given = req.headers[TOKEN_HEADER]
  if (!sameToken(typeof given === 'string' ? given : undefined, token)) return sendError(res, 403, tokenRefused())
  const dataDir = app.ctx.dataDir
  if (dataDir === null) return sendError(res, 409, { code: 'ILLEGAL_STATE', message: '内存数据库没有数据文件，无法恢复' })
  const limits = limitsOf(loadSettings(app.ctx.db))
  const cap = limits.maxBackupUnpackedMb * 1024 * 1024 + limits.maxBackupEntries * 1024
  const tooLarge = { code: 'VALIDATION' as const, message: `上传的备份文件超过上限 ${limits.maxBackupUnpackedMb} MB（可在“设置”中修改），已拒绝，未作任何改动`, field: 'file' }
  if (Number(req.headers['content-length'] ?? 0) > cap) {
    res.setHeader('Connection', 'close')
    return sendError(res, 413, tooLarge)
  }
  mkdirSync(incomingDir(dataDir), { recursive: true })
  const file = join(incomingDir(dataDir), `upload-${ulid()}.zip`)
  let size = 0
  const counted = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length
      cb(size > cap ? new UploadTooLarge() : null, chunk)
    },
  })
  try {
    await pipeline(req, counted, createWriteStream(`${file}.partial`))
    renameSync(`${file}.partial`, file)
  } catch (e) {
    rmSync(`${file}.partial`, { force: true })
    if (!(e instanceof UploadTooLarge)) return void res.destroy()
    res.setHeader('Connection', 'close')
    return sendError(res, 413, tooLarge)
  }
  sendJson(res, 200, { ok: true, data: { file } })
}
