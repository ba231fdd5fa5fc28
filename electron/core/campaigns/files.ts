import { readFileSync } from 'node:fs'
import { stamp } from '../audit'
import { blobPath, putBlob } from '../attachments/store'
import { sniffMime } from '../attachments/sniff'
import type { Ctx } from '../context'
import { AppError, notFound } from '../errors'
import type { CampaignFileContent } from './schema'

export type CampaignFilePurpose = 'notice' | 'evidence' | 'other'

/** Decodes an upload, refusing what is not base64 (the size was capped by the schema). */
export function decodeUpload(dataBase64: string, field: string): Buffer {
  const body = dataBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '')
  if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new AppError('VALIDATION', '文件内容不是有效的 base64 编码', field)
  const bytes = Buffer.from(body, 'base64')
  if (bytes.length === 0) throw new AppError('VALIDATION', '文件为空', field)
  return bytes
}

/**
 * Keeps a campaign's file (the notice, a unit's evidence) in the data folder's blob store, like
 * case attachments. Call inside the write's transaction: the blob goes to disk first, and a blob
 * that no row names is harmless.
 */
export function storeCampaignFile(ctx: Ctx, campaignId: string, purpose: CampaignFilePurpose, fileName: string, bytes: Buffer): string {
  if (ctx.dataDir === null) throw new AppError('ILLEGAL_STATE', '未打开数据文件夹，不能保存文件')
  const { hash } = putBlob(ctx.dataDir, bytes)
  const id = ctx.newId()
  const { at, by } = stamp(ctx)
  ctx.db
    .prepare(
      `INSERT INTO campaign_files (id, campaign_id, purpose, sha256, size, mime, original_name, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, campaignId, purpose, hash, bytes.length, sniffMime(bytes), fileName, at, by, at, by)
  return id
}


export function campaignFileContent(ctx: Ctx, id: string): CampaignFileContent {
  const f = ctx.db.prepare('SELECT sha256, mime, original_name FROM campaign_files WHERE id = ? AND voided_at IS NULL').get(id) as
    | { sha256: string; mime: string; original_name: string }
    | undefined
  const path = f && ctx.dataDir !== null ? blobPath(ctx.dataDir, f.sha256) : null
  if (!f || path === null) throw notFound('文件', 'id')
  try {
    return { id, mime: f.mime, originalName: f.original_name, dataBase64: readFileSync(path).toString('base64') }
  } catch {
    throw new AppError('NOT_FOUND', `文件「${f.original_name}」在数据文件夹中找不到，可能已被移动或删除`, 'id')
  }
}
