import type { Db } from '../db/open'
import type { CodeEntry } from './schema'
import { caseCategoryTable, type CodeTable } from './tables'

const select = (t: CodeTable): string =>
  `SELECT t.id, t.name, t.sort_order AS sortOrder, t.voided_at AS voidedAt, t.void_reason AS voidReason,
  ${t.inUseSql} AS inUse FROM ${t.table} t`

export function list(db: Db, t: CodeTable, includeVoided: boolean): CodeEntry[] {
  const where = includeVoided ? '' : 'WHERE t.voided_at IS NULL'
  return db.prepare(`${select(t)} ${where} ORDER BY t.voided_at IS NOT NULL, t.sort_order, t.name`).all() as CodeEntry[]
}

export function entry(db: Db, t: CodeTable, id: string): CodeEntry | undefined {
  return db.prepare(`${select(t)} WHERE t.id = ?`).get(id) as CodeEntry | undefined
}

/** A 隐患类别 by id (the cases check and name them). */
export const get = (db: Db, id: string): CodeEntry | undefined => entry(db, caseCategoryTable, id)

export function findLiveByName(db: Db, t: CodeTable, name: string): { id: string } | undefined {
  return db.prepare(`SELECT id FROM ${t.table} WHERE name = ? AND voided_at IS NULL`).get(name) as { id: string } | undefined
}

export function nextSortOrder(db: Db, t: CodeTable): number {
  return (db.prepare(`SELECT coalesce(max(sort_order), 0) + 1 AS n FROM ${t.table}`).get() as { n: number }).n
}

export function insert(db: Db, t: CodeTable, id: string, name: string, sortOrder: number, at: string, by: string): void {
  db.prepare(`INSERT INTO ${t.table} (id, name, sort_order, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(id, name, sortOrder, at, by, at, by)
}

export function update(db: Db, t: CodeTable, id: string, name: string, sortOrder: number, at: string, by: string): void {
  db.prepare(`UPDATE ${t.table} SET name = @name, sort_order = @sortOrder, updated_at = @at, updated_by = @by WHERE id = @id`).run({ id, name, sortOrder, at, by })
}

export function markVoided(db: Db, t: CodeTable, id: string, reason: string, at: string, by: string): void {
  db.prepare(`UPDATE ${t.table} SET voided_at = @at, updated_at = @at, void_reason = @reason, updated_by = @by WHERE id = @id`).run({ id, at, reason, by })
}
