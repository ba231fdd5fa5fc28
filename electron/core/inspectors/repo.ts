import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import type { Inspector, InspectorRole } from './schema'
import { markVoided as voidRow } from '../db/void'

const COLUMNS = `i.id, i.name, i.role, i.area_id AS areaId, a.name AS areaName, i.grid, i.phone, i.notes,
  (SELECT count(*) FROM inspection_inspectors ii JOIN inspections n ON n.id = ii.inspection_id
    WHERE ii.inspector_id = i.id AND n.voided_at IS NULL) AS inspectionCount,
  i.voided_at AS voidedAt, i.void_reason AS voidReason, i.created_at AS createdAt, i.updated_at AS updatedAt`
const FROM = 'FROM inspectors i LEFT JOIN areas a ON a.id = i.area_id'

export interface InspectorFilter {
  includeVoided: boolean
  role?: InspectorRole | undefined
  areaId?: string | undefined
}

export function list(db: Db, f: InspectorFilter): Inspector[] {
  const where: string[] = []
  const params: string[] = []
  if (!f.includeVoided) where.push('i.voided_at IS NULL')
  if (f.role) {
    where.push('i.role = ?')
    params.push(f.role)
  }
  if (f.areaId) {
    where.push('i.area_id = ?')
    params.push(f.areaId)
  }
  const sql = `SELECT ${COLUMNS} ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.role = 'grid_worker', coalesce(a.sort_order, 0), a.name, i.grid, i.name, i.id`
  return stmt(db, sql).all(...params) as Inspector[]
}

export function get(db: Db, id: string): Inspector | undefined {
  return stmt(db, `SELECT ${COLUMNS} ${FROM} WHERE i.id = ?`).get(id) as Inspector | undefined
}

export interface InspectorWrite {
  name: string
  role: InspectorRole
  areaId: string | null
  grid: string
  phone: string
  notes: string
}

export function insert(db: Db, id: string, w: InspectorWrite, at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO inspectors (id, name, role, area_id, grid, phone, notes, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, w.name, w.role, w.areaId, w.grid, w.phone, w.notes, at, by, at, by)
}

export function update(db: Db, id: string, w: InspectorWrite, at: string, by: string): void {
  stmt(db, 'UPDATE inspectors SET name = ?, role = ?, area_id = ?, grid = ?, phone = ?, notes = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    w.name,
    w.role,
    w.areaId,
    w.grid,
    w.phone,
    w.notes,
    at,
    by,
    id,
  )
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'inspectors', id, reason, at, by)

/** The roster people an inspection went with, in the order chosen. */
export function ofInspection(db: Db, inspectionId: string): { id: string; name: string }[] {
  return stmt(
    db,
    `SELECT i.id, i.name FROM inspection_inspectors ii JOIN inspectors i ON i.id = ii.inspector_id
     WHERE ii.inspection_id = ? ORDER BY ii.seq`,
  ).all(inspectionId) as { id: string; name: string }[]
}

export function link(db: Db, inspectionId: string, inspectorIds: readonly string[]): void {
  const s = stmt(db, 'INSERT INTO inspection_inspectors (inspection_id, inspector_id, seq) VALUES (?, ?, ?)')
  inspectorIds.forEach((id, i) => s.run(inspectionId, id, i + 1))
}
