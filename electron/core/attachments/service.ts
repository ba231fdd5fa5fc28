import { readFileSync } from 'node:fs'
import type { z } from 'zod'
import { audit, stamp } from '../audit'
import * as cases from '../cases/repo'
import type { Case } from '../cases/schema'
import { appendEvent } from '../cases/timeline'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import * as repo from './repo'
import { MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentContent, type attachSchema, type attachmentVoidSchema } from './schema'
import { sniffMime } from './sniff'
import { blobPath, putBlob } from './store'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
/** Rounded up, so a file just over the limit never reads as exactly the limit. */
const mb = (bytes: number): string => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)

function dataDirOf(ctx: Ctx): string {
  if (ctx.dataDir === null) throw new AppError('ILLEGAL_STATE', '未打开数据文件夹，不能保存附件')
  return ctx.dataDir
}

/** Decodes the upload, refusing what is not base64 and what exceeds the size limit before decoding it. */
function decode(dataBase64: string): Buffer {
  const body = dataBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '')
  const size = Math.floor((body.length * 3) / 4) - (body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0)
  if (size > MAX_ATTACHMENT_BYTES) {
    throw new AppError('VALIDATION', `附件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB（此文件 ${mb(size)} MB），请压缩后再上传`, 'dataBase64')
  }
  if (body.length % 4 !== 0 || !BASE64.test(body)) throw new AppError('VALIDATION', '文件内容不是有效的 base64 编码', 'dataBase64')
  const bytes = Buffer.from(body, 'base64')
  if (bytes.length === 0) throw new AppError('VALIDATION', '文件为空', 'dataBase64')
  return bytes
}

function liveCase(ctx: Ctx, id: string, field: string): Case {
  const c = cases.get(ctx.db, id, ctx.clock.today())
  if (!c) throw notFound('隐患', field)
  if (c.status === 'voided') throw new AppError('ILLEGAL_STATE', `隐患 ${c.number} 已作废，不能再添加或作废附件`, field)
  return c
}

export function attach(ctx: Ctx, input: z.output<typeof attachSchema>): Attachment {
  const dataDir = dataDirOf(ctx)
  const bytes = decode(input.dataBase64)
  liveCase(ctx, input.caseId, 'caseId')
  // The file goes to disk first: if the transaction then fails, an unreferenced blob is harmless.
  const { hash } = putBlob(dataDir, bytes)
  return inTx(ctx, () => {
    const c = liveCase(ctx, input.caseId, 'caseId')
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    const mime = sniffMime(bytes)
    repo.insert(ctx.db, { id, caseId: c.id, sha256: hash, size: bytes.length, mime, originalName: input.fileName, phase: input.phase, at, by })
    const data = { attachmentId: id, fileName: input.fileName, phase: input.phase, mime, size: bytes.length, sha256: hash }
    appendEvent(ctx, { caseId: c.id, action: 'attach', fromStatus: c.status, toStatus: c.status, data })
    cases.touch(ctx.db, c.id, at, by)
    audit(ctx, { action: 'attach', entity: 'case', entityId: c.id, data })
    const a = repo.get(ctx.db, id)
    if (!a) throw notFound('附件')
    return a
  })
}

export function voidAttachment(ctx: Ctx, input: z.output<typeof attachmentVoidSchema>): Attachment {
  return inTx(ctx, () => {
    const a = repo.get(ctx.db, input.id)
    if (!a || a.voidedAt) throw notFound('附件', 'id')
    const c = liveCase(ctx, a.caseId, 'id')
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, a.id, input.reason, at, by)
    const data = { attachmentId: a.id, fileName: a.originalName, reason: input.reason }
    appendEvent(ctx, { caseId: c.id, action: 'voidAttachment', fromStatus: c.status, toStatus: c.status, data })
    cases.touch(ctx.db, c.id, at, by)
    audit(ctx, { action: 'voidAttachment', entity: 'case', entityId: c.id, data })
    return repo.get(ctx.db, a.id) ?? a
  })
}

/**
 * The file of an attachment on disk, for the app's protocol handler: the renderer only ever sees
 * attachment ids, never paths. Null when there is no such attachment or its file is missing.
 */
export function attachmentFile(ctx: Ctx, id: string): { path: string; mime: string; size: number; originalName: string } | null {
  const a = repo.get(ctx.db, id)
  if (!a || ctx.dataDir === null) return null
  const path = blobPath(ctx.dataDir, a.sha256)
  return path === null ? null : { path, mime: a.mime, size: a.size, originalName: a.originalName }
}

export function attachmentContent(ctx: Ctx, id: string): AttachmentContent {
  const f = attachmentFile(ctx, id)
  if (!f) throw notFound('附件', 'id')
  try {
    return { id, mime: f.mime, originalName: f.originalName, dataBase64: readFileSync(f.path).toString('base64') }
  } catch {
    throw new AppError('NOT_FOUND', `附件「${f.originalName}」的文件在数据文件夹中找不到，可能已被移动或删除`, 'id')
  }
}
