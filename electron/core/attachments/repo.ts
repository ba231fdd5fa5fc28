import type { Db } from '../db/open'
import { stmt } from '../cases/sql'
import type { Attachment, AttachmentPhase } from './schema'
import { markVoided as voidRow } from '../db/void'

const SELECT = `SELECT id, case_id AS caseId, sha256, size, mime, original_name AS originalName, phase, voided_at AS voidedAt,
  void_reason AS voidReason, created_at AS createdAt, created_by AS createdBy FROM attachments`

export function listForCase(db: Db, caseId: string, includeVoided: boolean): Attachment[] {
  const where = includeVoided ? 'WHERE case_id = ?' : 'WHERE case_id = ? AND voided_at IS NULL'
  return stmt(db, `${SELECT} ${where} ORDER BY created_at, id`).all(caseId) as Attachment[]
}

export function get(db: Db, id: string): Attachment | undefined {
  return stmt(db, `${SELECT} WHERE id = ?`).get(id) as Attachment | undefined
}

export interface AttachmentInsert {
  id: string
  caseId: string
  sha256: string
  size: number
  mime: string
  originalName: string
  phase: AttachmentPhase
  at: string
  by: string
}

export function insert(db: Db, a: AttachmentInsert): void {
  stmt(
    db,
    `INSERT INTO attachments (id, case_id, sha256, size, mime, original_name, phase, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.caseId, a.sha256, a.size, a.mime, a.originalName, a.phase, a.at, a.by, a.at, a.by)
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'attachments', id, reason, at, by)
