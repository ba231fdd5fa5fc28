import { stmt } from '../../cases/sql'
import type { Db } from '../../db/open'
import type { DocumentKindCode } from '../types'

export interface BatchRow {
  id: string
  kind: DocumentKindCode
  total: number
  issued: number
  cancelled: number
  interrupted: number
  combined_path: string | null
  combined_sha256: string | null
}

export function insertBatch(db: Db, b: { id: string; kind: DocumentKindCode; total: number; at: string; by: string }): void {
  stmt(db, 'INSERT INTO document_batches (id, kind, total, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    b.id,
    b.kind,
    b.total,
    b.at,
    b.by,
    b.at,
    b.by,
  )
}

export interface BatchEnd {
  id: string
  issued: number
  cancelled: boolean
  /** the program stopped while it ran: what it issued is recorded at the next start */
  interrupted: boolean
  path: string | null
  sha256: string | null
  at: string
  by: string
}

export function finishBatch(db: Db, b: BatchEnd): void {
  stmt(
    db,
    'UPDATE document_batches SET issued = ?, cancelled = ?, interrupted = ?, combined_path = ?, combined_sha256 = ?, finished_at = ?, updated_at = ?, updated_by = ? WHERE id = ?',
  ).run(b.issued, b.cancelled ? 1 : 0, b.interrupted ? 1 : 0, b.path, b.sha256, b.at, b.at, b.by, b.id)
}

/** Batches started and never finished, oldest first. */
export function unfinishedBatches(db: Db): { id: string; kind: DocumentKindCode; total: number }[] {
  return stmt(db, 'SELECT id, kind, total FROM document_batches WHERE finished_at IS NULL ORDER BY created_at, id').all() as { id: string; kind: DocumentKindCode; total: number }[]
}

/** The 文号 and date of a batch's letters, in the order they were issued. */
export function batchLetters(db: Db, id: string): { id: string; number: string | null; issueDate: string }[] {
  return stmt(db, 'SELECT id, number, issue_date AS issueDate FROM documents WHERE batch_id = ? ORDER BY created_at, seq, id').all(id) as { id: string; number: string | null; issueDate: string }[]
}

export function getBatch(db: Db, id: string): BatchRow | undefined {
  return stmt(db, 'SELECT id, kind, total, issued, cancelled, interrupted, combined_path, combined_sha256 FROM document_batches WHERE id = ?').get(id) as BatchRow | undefined
}

/** The documents of a batch in the order they were issued. */
export const batchDocumentIds = (db: Db, id: string): string[] => batchLetters(db, id).map((l) => l.id)
