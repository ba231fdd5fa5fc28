import { OPEN_SQL } from '../cases/sql'
import type { Db } from '../db/open'
import type { CaseCategory } from './schema'

const SELECT = `SELECT c.id, c.name, c.sort_order AS sortOrder, c.voided_at AS voidedAt, c.void_reason AS voidReason,
  (SELECT count(*) FROM cases k WHERE k.category_id = c.id AND k.${OPEN_SQL}) AS openCases
  FROM case_categories c`

export function list(db: Db, includeVoided: boolean): CaseCategory[] {
  const where = includeVoided ? '' : 'WHERE c.voided_at IS NULL'
  return db.prepare(`${SELECT} ${where} ORDER BY c.voided_at IS NOT NULL, c.sort_order, c.name`).all() as CaseCategory[]
}

export function get(db: Db, id: string): CaseCategory | undefined {
  return db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CaseCategory | undefined
}

export function findLiveByName(db: Db, name: string): { id: string } | undefined {
  return db.prepare('SELECT id FROM case_categories WHERE name = ? AND voided_at IS NULL').get(name) as { id: string } | undefined
}

export function nextSortOrder(db: Db): number {
  return (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM case_categories').get() as { n: number }).n
}

export function insert(db: Db, id: string, name: string, sortOrder: number, at: string, by: string): void {
  db.prepare(
    'INSERT INTO case_categories (id, name, sort_order, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, name, sortOrder, at, by, at, by)
}

export function update(db: Db, id: string, name: string, sortOrder: number, at: string, by: string): void {
  db.prepare('UPDATE case_categories SET name = ?, sort_order = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(name, sortOrder, at, by, id)
}

export function markVoided(db: Db, id: string, reason: string, at: string, by: string): void {
  db.prepare('UPDATE case_categories SET voided_at = ?, void_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(at, reason, at, by, id)
}
