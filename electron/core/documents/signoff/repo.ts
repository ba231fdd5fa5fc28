import type { Db } from '../../db/open'
import type { DocumentKindCode } from '../types'
import type { DraftStatus } from './schema'

export interface DraftRow {
  id: string
  kind: DocumentKindCode
  title: string
  data: string
  case_id: string | null
  subject_id: string | null
  links: string
  status: DraftStatus
  drafted_by: string
  drafted_at: string
  reviewed_by: string | null
  reviewed_at: string | null
  signed_by: string | null
  signed_at: string | null
  returned_note: string | null
  document_id: string | null
  document_number: string | null
  case_number: string | null
  void_reason: string | null
  updated_at: string
}

const SELECT = `SELECT d.*, doc.number AS document_number, c.number AS case_number
  FROM document_drafts d LEFT JOIN documents doc ON doc.id = d.document_id LEFT JOIN cases c ON c.id = d.case_id`

export const get = (db: Db, id: string): DraftRow | undefined => db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as DraftRow | undefined

/** The drafts in a state, newest first; given a case, that case's drafts only (what waits on the case page). */
export function list(db: Db, status: DraftStatus | 'open', caseId?: string): DraftRow[] {
  const where = [status === 'open' ? "d.status IN ('draft', 'reviewed')" : 'd.status = ?', ...(caseId === undefined ? [] : ['d.case_id = ?'])]
  const args = [...(status === 'open' ? [] : [status]), ...(caseId === undefined ? [] : [caseId])]
  return db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY d.updated_at DESC LIMIT 500`).all(...args) as DraftRow[]
}

/** The draft a signed document came from: who drafted, checked and signed it, and when. */
export const byDocument = (db: Db, documentId: string): DraftRow | undefined =>
  db.prepare(`${SELECT} WHERE d.document_id = ?`).get(documentId) as DraftRow | undefined

export interface DraftWrite {
  kind: DocumentKindCode
  title: string
  data: string
  caseId: string | null
  subjectId: string | null
  links: string
}

export function insert(db: Db, id: string, w: DraftWrite, at: string, by: string): void {
  db.prepare(
    `INSERT INTO document_drafts (id, kind, title, data, case_id, subject_id, links, status, drafted_by, drafted_at, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)`,
  ).run(id, w.kind, w.title, w.data, w.caseId, w.subjectId, w.links, by, at, at, by, at, by)
}

export function update(db: Db, id: string, w: DraftWrite, at: string, by: string): void {
  db.prepare('UPDATE document_drafts SET kind = ?, title = ?, data = ?, case_id = ?, subject_id = ?, links = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    w.kind,
    w.title,
    w.data,
    w.caseId,
    w.subjectId,
    w.links,
    at,
    by,
    id,
  )
}

export function setReviewed(db: Db, id: string, at: string, by: string): void {
  db.prepare("UPDATE document_drafts SET status = 'reviewed', reviewed_by = ?, reviewed_at = ?, returned_note = NULL, updated_at = ?, updated_by = ? WHERE id = ?").run(by, at, at, by, id)
}

export function setReturned(db: Db, id: string, note: string, at: string, by: string): void {
  db.prepare("UPDATE document_drafts SET status = 'draft', reviewed_by = NULL, reviewed_at = NULL, returned_note = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(note, at, by, id)
}

export function setSigned(db: Db, id: string, documentId: string, reviewedBy: string, reviewedAt: string, at: string, by: string): void {
  db.prepare(
    "UPDATE document_drafts SET status = 'signed', reviewed_by = ?, reviewed_at = ?, signed_by = ?, signed_at = ?, document_id = ?, updated_at = ?, updated_by = ? WHERE id = ?",
  ).run(reviewedBy, reviewedAt, by, at, documentId, at, by, id)
}

export function setVoided(db: Db, id: string, reason: string, at: string, by: string): void {
  db.prepare("UPDATE document_drafts SET status = 'voided', void_reason = ?, voided_at = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(reason, at, at, by, id)
}
