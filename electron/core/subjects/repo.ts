import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import { likePattern, offsetOf } from '../paging'
import type { RiskColor, Subject, SubjectFacts, SubjectKind, SubjectSortField } from './schema'
import { recordStampsOf } from '../stamps/row'
import type { RecordStampColumns } from '../stamps/types'
import { markVoided as voidRow } from '../db/void'

interface SubjectRow extends RecordStampColumns {
  id: string
  name: string
  kind_id: string
  kind_name: string
  area_id: string
  area_name: string
  grid: string
  address: string
  credit_code: string | null
  responsible_name: string
  responsible_phone: string
  manager_name: string
  manager_phone: string
  risk_color: RiskColor
  is_key: number
  notes: string
}

const SELECT = `SELECT s.*, k.name AS kind_name, a.name AS area_name
  FROM subjects s JOIN subject_kinds k ON k.id = s.kind_id JOIN areas a ON a.id = s.area_id`

const toSubject = (r: SubjectRow): Subject => ({
  id: r.id,
  name: r.name,
  kindId: r.kind_id,
  kindName: r.kind_name,
  areaId: r.area_id,
  areaName: r.area_name,
  grid: r.grid,
  address: r.address,
  creditCode: r.credit_code ?? '',
  responsibleName: r.responsible_name,
  responsiblePhone: r.responsible_phone,
  managerName: r.manager_name,
  managerPhone: r.manager_phone,
  riskColor: r.risk_color,
  isKey: r.is_key === 1,
  notes: r.notes,
  ...recordStampsOf(r),
})

export function get(db: Db, id: string): Subject | undefined {
  const r = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as SubjectRow | undefined
  return r && toSubject(r)
}

export function findLiveByCreditCode(db: Db, code: string): { id: string; name: string } | undefined {
  return db.prepare('SELECT id, name FROM subjects WHERE credit_code = ? AND voided_at IS NULL').get(code) as
    | { id: string; name: string }
    | undefined
}

export interface SubjectFilter {
  text: string
  kindId?: string
  areaId?: string
  riskColor?: RiskColor
  isKey?: boolean
  status: 'live' | 'voided' | 'all'
  sort: SubjectSortField
  order: 'asc' | 'desc'
  page: number
  pageSize: number
}

const ORDER: Record<SubjectSortField, string> = {
  name: 's.name',
  kind: 'k.sort_order',
  area: 'a.sort_order, a.name',
  riskColor: "CASE s.risk_color WHEN 'red' THEN 4 WHEN 'yellow' THEN 3 WHEN 'grey' THEN 2 ELSE 1 END",
  createdAt: 's.created_at',
  updatedAt: 's.updated_at',
}

function where(f: SubjectFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause)
    params.push(...values)
  }
  if (f.status === 'live') add('s.voided_at IS NULL')
  if (f.status === 'voided') add('s.voided_at IS NOT NULL')
  if (f.kindId) add('s.kind_id = ?', f.kindId)
  if (f.areaId) add('s.area_id = ?', f.areaId)
  if (f.riskColor) add('s.risk_color = ?', f.riskColor)
  if (f.isKey !== undefined) add('s.is_key = ?', f.isKey ? 1 : 0)
  if (f.text) {
    const cols = ['s.name', 's.address', 's.credit_code', 's.responsible_name', 's.manager_name', 's.responsible_phone', 's.manager_phone', 's.grid']
    add(`(${cols.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`, ...cols.map(() => likePattern(f.text)))
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

export function list(db: Db, f: SubjectFilter): { rows: Subject[]; total: number } {
  const w = where(f)
  const dir = f.order === 'desc' ? 'DESC' : 'ASC'
  const orderBy = ORDER[f.sort]
    .split(', ')
    .map((c) => `${c} ${dir}`)
    .join(', ')
  const rows = db
    .prepare(`${SELECT} ${w.sql} ORDER BY ${orderBy}, s.name ${dir}, s.id LIMIT ? OFFSET ?`)
    .all(...w.params, f.pageSize, offsetOf(f.page, f.pageSize)) as SubjectRow[]
  const total = (
    db.prepare(`SELECT count(*) AS n FROM subjects s JOIN subject_kinds k ON k.id = s.kind_id JOIN areas a ON a.id = s.area_id ${w.sql}`).get(...w.params) as {
      n: number
    }
  ).n
  return { rows: rows.map(toSubject), total }
}

export interface SubjectWrite extends SubjectFacts {
  name: string
  kindId: string
  areaId: string
}

const columns = (s: SubjectWrite): unknown[] => [
  s.name,
  s.kindId,
  s.areaId,
  s.grid,
  s.address,
  s.creditCode === '' ? null : s.creditCode,
  s.responsibleName,
  s.responsiblePhone,
  s.managerName,
  s.managerPhone,
  s.riskColor,
  s.isKey ? 1 : 0,
  s.notes,
]

export function insert(db: Db, id: string, s: SubjectWrite, at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO subjects (name, kind_id, area_id, grid, address, credit_code, responsible_name, responsible_phone,
       manager_name, manager_phone, risk_color, is_key, notes, id, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...columns(s), id, at, by, at, by)
}

export function update(db: Db, id: string, s: SubjectWrite, at: string, by: string): void {
  db.prepare(
    `UPDATE subjects SET name = ?, kind_id = ?, area_id = ?, grid = ?, address = ?, credit_code = ?, responsible_name = ?,
       responsible_phone = ?, manager_name = ?, manager_phone = ?, risk_color = ?, is_key = ?, notes = ?,
       updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(...columns(s), at, by, id)
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'subjects', id, reason, at, by)

/** The newest colour change of a unit (the trigger on subjects records it): the reason it was made for. */
export function setLatestColorReason(db: Db, subjectId: string, reason: string): void {
  db.prepare('UPDATE subject_colors SET reason = ? WHERE rid = (SELECT max(rid) FROM subject_colors WHERE subject_id = ?)').run(reason, subjectId)
}

export function listKinds(db: Db): SubjectKind[] {
  return db.prepare('SELECT id, name, sort_order AS sortOrder FROM subject_kinds WHERE voided_at IS NULL ORDER BY sort_order').all() as SubjectKind[]
}

export function liveKindExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM subject_kinds WHERE id = ? AND voided_at IS NULL').get(id) !== undefined
}

export function liveAreaExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM areas WHERE id = ? AND voided_at IS NULL').get(id) !== undefined
}
