import { stmt } from '../../cases/sql'
import type { Db } from '../../db/open'
import type { DocumentKindCode } from '../types'

export interface BatchRow {
  id: string
  kind: DocumentKindCode
  total: number
  issued: number
  cancelled: number
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

export function finishBatch(db: Db, b: { id: string; issued: number; cancelled: boolean; path: string | null; sha256: string | null; at: string; by: string }): void {
  stmt(db, 'UPDATE document_batches SET issued = ?, cancelled = ?, combined_path = ?, combined_sha256 = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    b.issued,
    b.cancelled ? 1 : 0,
    b.path,
    b.sha256,
    b.at,
    b.by,
    b.id,
  )
}

export function getBatch(db: Db, id: string): BatchRow | undefined {
  return stmt(db, 'SELECT id, kind, total, issued, cancelled, combined_path, combined_sha256 FROM document_batches WHERE id = ?').get(id) as BatchRow | undefined
}

/** The documents of a batch in the order they were issued. */
export function batchDocumentIds(db: Db, id: string): string[] {
  return stmt(db, 'SELECT id FROM documents WHERE batch_id = ? ORDER BY created_at, seq, id').pluck().all(id) as string[]
}
