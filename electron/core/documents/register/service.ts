import { existsSync, readFileSync } from 'node:fs'
import { audit, stamp } from '../../audit'
import { inTx, type Ctx } from '../../context'
import { formatDateZh } from '../../dates'
import { AppError, notFound } from '../../errors'
import type { Page } from '../../paging'
import { sha256Of } from '../../templates/store'
import { kindOf } from '../kinds'
import { render } from '../render'
import type { RenderSettings } from '../types'
import { absolutePath, writeFileAtomic } from './files'
import * as repo from './repo'
import type { ListInput } from './schema'
import type { DocumentDetail, DocumentEntry, DocumentFile, ReprintResult } from './types'

function toEntry(ctx: Ctx, r: repo.DocumentRow): DocumentEntry {
  return {
    id: r.id,
    kind: r.kind,
    kindName: kindOf(r.kind).name,
    number: r.number,
    year: r.year,
    seq: r.seq,
    title: r.title,
    recipient: r.recipient,
    issueDate: r.issue_date,
    caseId: r.case_id,
    caseNumber: r.case_number,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    interviewId: r.interview_id,
    supervisionId: r.supervision_id,
    campaignId: r.campaign_id,
    batchId: r.batch_id,
    draftedBy: r.drafted_by,
    reviewedBy: r.reviewed_by,
    signedBy: r.signed_by,
    path: absolutePath(ctx, r.file_path),
    fileName: r.file_path.split('/').pop() ?? r.file_path,
    sha256: r.sha256,
    size: r.size,
    templateSha256: r.template_sha256,
    templateCustom: r.template_custom === 1,
    deliveredOn: r.delivered_on,
    status: r.status,
    voidReason: r.void_reason,
    voidedAt: r.voided_at,
    voidedBy: r.voided_by,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }
}

function row(ctx: Ctx, id: string): repo.DocumentRow {
  const r = repo.get(ctx.db, id)
  if (!r) throw new AppError('NOT_FOUND', '文书不存在', 'id')
  return r
}

export const getEntry = (ctx: Ctx, id: string): DocumentEntry => toEntry(ctx, row(ctx, id))

export function getDocument(ctx: Ctx, id: string): DocumentDetail {
  const f = repo.frozen(ctx.db, id)
  if (!f) throw notFound('文书', 'id')
  return { ...getEntry(ctx, id), data: JSON.parse(f.data) as Record<string, unknown> }
}

export function listDocuments(ctx: Ctx, f: ListInput): Page<DocumentEntry> {
  const { rows, total } = repo.list(ctx.db, f)
  return { rows: rows.map((r) => toEntry(ctx, r)), total, page: f.page, pageSize: f.pageSize }
}

function issuedOnly(r: repo.DocumentRow, what: string): void {
  if (r.status === 'voided') throw new AppError('ILLEGAL_STATE', `文书 ${r.number ?? r.title} 已作废，不能${what}`, 'id')
}

/** A mistaken document is voided with a reason; its number stays taken for good. */
export function voidDocument(ctx: Ctx, id: string, reason: string): DocumentEntry {
  return inTx(ctx, () => {
    const r = row(ctx, id)
    issuedOnly(r, '再次作废')
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, id, reason, at, by)
    audit(ctx, { action: 'void', entity: 'document', entityId: id, data: { number: r.number, reason } })
    return getEntry(ctx, id)
  })
}

/** 送达: the day the recipient received it (entered later; may be corrected). */
export function markDelivered(ctx: Ctx, id: string, date: string): DocumentEntry {
  return inTx(ctx, () => {
    const r = row(ctx, id)
    issuedOnly(r, '登记送达')
    if (date < r.issue_date) throw new AppError('VALIDATION', `送达日期不能早于成文日期（${formatDateZh(r.issue_date)}）`, 'date')
    const today = ctx.clock.today()
    if (date > today) throw new AppError('VALIDATION', `送达日期不能晚于今天（${formatDateZh(today)}）`, 'date')
    const { at, by } = stamp(ctx)
    repo.markDelivered(ctx.db, id, date, at, by)
    audit(ctx, { action: 'deliver', entity: 'document', entityId: id, data: { number: r.number, from: r.delivered_on, to: date } })
    return getEntry(ctx, id)
  })
}

/** The document rendered again from what was frozen at issue: data, settings and template bytes. */
function rerender(ctx: Ctx, id: string): Buffer {
  const f = repo.frozen(ctx.db, id)
  if (!f) throw notFound('文书', 'id')
  const template = repo.templateBytes(ctx.db, f.template_sha256)
  if (!template) throw new AppError('NOT_FOUND', '找不到签发时使用的模板，无法重新生成', 'id')
  return render(f.kind, JSON.parse(f.data) as unknown, JSON.parse(f.settings) as RenderSettings, { template })
}

/**
 * Reprint: renders the frozen document again; when it has the hash registered at issue (it
 * always should), the file is written back in place, so a deleted or damaged file is restored.
 */
export function reprint(ctx: Ctx, id: string): ReprintResult {
  const r = row(ctx, id)
  const bytes = rerender(ctx, id)
  const sha256 = sha256Of(bytes)
  const identical = sha256 === r.sha256
  const path = absolutePath(ctx, r.file_path)
  if (identical) writeFileAtomic(path, bytes, ctx.newId())
  inTx(ctx, () => audit(ctx, { action: 'reprint', entity: 'document', entityId: id, data: { number: r.number, sha256, identical } }))
  return { id, path, sha256, identical }
}

/** The issued bytes: the file when intact, else the frozen document rendered again (and the file restored). */
export function issuedBytes(ctx: Ctx, id: string): { bytes: Buffer; row: repo.DocumentRow } {
  const r = row(ctx, id)
  const path = absolutePath(ctx, r.file_path)
  if (existsSync(path)) {
    const onDisk = readFileSync(path)
    if (sha256Of(onDisk) === r.sha256) return { bytes: onDisk, row: r }
  }
  const again = rerender(ctx, id)
  if (sha256Of(again) !== r.sha256) throw new AppError('CONFLICT', `文书 ${r.number ?? r.title} 的文件已被改动，且无法按登记内容重新生成`, 'id')
  writeFileAtomic(path, again, ctx.newId())
  return { bytes: again, row: r }
}

export function documentFile(ctx: Ctx, id: string): DocumentFile {
  const { bytes, row: r } = issuedBytes(ctx, id)
  return { fileName: r.file_path.split('/').pop() ?? 'document.docx', sha256: r.sha256, base64: bytes.toString('base64') }
}
