import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import type { ImportKind } from './schema'

export interface LiveSubject {
  id: string
  name: string
  address: string
  creditCode: string | null
  areaId: string
  kindId: string
}

/** Every live subject, for matching rows by credit code, name and address in memory. */
export function liveSubjects(db: Db): LiveSubject[] {
  return db
    .prepare('SELECT id, name, address, credit_code AS creditCode, area_id AS areaId, kind_id AS kindId FROM subjects WHERE voided_at IS NULL')
    .all() as LiveSubject[]
}

export interface Named {
  id: string
  name: string
}

export const liveAreas = (db: Db): Named[] => db.prepare('SELECT id, name FROM areas WHERE voided_at IS NULL ORDER BY sort_order, name').all() as Named[]

export const liveKinds = (db: Db): Named[] =>
  db.prepare('SELECT id, name FROM subject_kinds WHERE voided_at IS NULL ORDER BY sort_order').all() as Named[]

export const liveCategories = (db: Db): Named[] =>
  db.prepare('SELECT id, name FROM case_categories WHERE voided_at IS NULL ORDER BY sort_order').all() as Named[]

export interface ImportedRow {
  importedOn: string
  fileName: string
}

/** The earlier import that brought in a row with this fingerprint, if any. */
export function importedRow(db: Db, fingerprint: string): ImportedRow | undefined {
  return stmt(
    db,
    `SELECT b.imported_on AS importedOn, b.file_name AS fileName
     FROM import_rows r JOIN import_batches b ON b.id = r.batch_id WHERE r.fingerprint = ?`,
  ).get(fingerprint) as ImportedRow | undefined
}

export const nextAreaSortOrder = (db: Db): number =>
  (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM areas').get() as { n: number }).n

export interface BatchInsert {
  id: string
  kind: ImportKind
  fileName: string
  fileSha256: string
  sheet: string
  importedOn: string
  report: unknown
  at: string
  by: string
}

export function insertBatch(db: Db, b: BatchInsert): void {
  db.prepare(
    `INSERT INTO import_batches (id, kind, file_name, file_sha256, sheet, imported_on, report, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(b.id, b.kind, b.fileName, b.fileSha256, b.sheet, b.importedOn, JSON.stringify(b.report), b.at, b.by, b.at, b.by)
}

export function insertRow(db: Db, fingerprint: string, batchId: string, sheetRow: number, entity: 'subject' | 'case', entityId: string, at: string): void {
  stmt(db, 'INSERT INTO import_rows (fingerprint, batch_id, sheet_row, entity, entity_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    fingerprint,
    batchId,
    sheetRow,
    entity,
    entityId,
    at,
  )
}
