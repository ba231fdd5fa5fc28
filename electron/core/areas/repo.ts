import type { Db } from '../db/open'
import type { Area, AreaType } from './schema'

interface AreaRow {
  id: string
  name: string
  area_type: AreaType
  grids: string
  head_name: string
  head_phone: string
  sort_order: number
  notes: string
  subject_count: number
  voided_at: string | null
  void_reason: string | null
  created_at: string
  updated_at: string
}

const SELECT = `SELECT a.*,
  (SELECT count(*) FROM subjects s WHERE s.area_id = a.id AND s.voided_at IS NULL) AS subject_count
  FROM areas a`

const toArea = (r: AreaRow): Area => ({
  id: r.id,
  name: r.name,
  areaType: r.area_type,
  grids: JSON.parse(r.grids) as string[],
  headName: r.head_name,
  headPhone: r.head_phone,
  sortOrder: r.sort_order,
  notes: r.notes,
  subjectCount: r.subject_count,
  voidedAt: r.voided_at,
  voidReason: r.void_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export function list(db: Db, includeVoided: boolean): Area[] {
  const where = includeVoided ? '' : 'WHERE a.voided_at IS NULL'
  return (db.prepare(`${SELECT} ${where} ORDER BY a.voided_at IS NOT NULL, a.sort_order, a.name`).all() as AreaRow[]).map(toArea)
}

export function get(db: Db, id: string): Area | undefined {
  const r = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AreaRow | undefined
  return r && toArea(r)
}

export function findLiveByName(db: Db, name: string): { id: string } | undefined {
  return db.prepare('SELECT id FROM areas WHERE name = ? AND voided_at IS NULL').get(name) as { id: string } | undefined
}

export type AreaWrite = Pick<Area, 'name' | 'areaType' | 'grids' | 'headName' | 'headPhone' | 'sortOrder' | 'notes'>

export function insert(db: Db, id: string, a: AreaWrite, at: string, by: string): void {
  db.prepare(
    `INSERT INTO areas (id, name, area_type, grids, head_name, head_phone, sort_order, notes, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, a.name, a.areaType, JSON.stringify(a.grids), a.headName, a.headPhone, a.sortOrder, a.notes, at, by, at, by)
}

export function update(db: Db, id: string, a: AreaWrite, at: string, by: string): void {
  db.prepare(
    `UPDATE areas SET name = ?, area_type = ?, grids = ?, head_name = ?, head_phone = ?, sort_order = ?, notes = ?,
       updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(a.name, a.areaType, JSON.stringify(a.grids), a.headName, a.headPhone, a.sortOrder, a.notes, at, by, id)
}

export function markVoided(db: Db, id: string, reason: string, at: string, by: string): void {
  db.prepare('UPDATE areas SET voided_at = ?, void_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(at, reason, at, by, id)
}
