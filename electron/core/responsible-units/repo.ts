import type { Db } from '../db/open'
import type { ResponsibleUnit, UnitType } from './schema'
import { markVoided as voidRow } from '../db/void'

interface Row {
  id: string
  name: string
  unit_type: UnitType
  area_id: string | null
  subject_id: string | null
  subject_name: string | null
  aliases: string
  contact_name: string
  contact_phone: string
  sort_order: number
  notes: string
  voided_at: string | null
  void_reason: string | null
  created_at: string
  updated_at: string
}

const SELECT = `SELECT u.*, s.name AS subject_name FROM responsible_units u LEFT JOIN subjects s ON s.id = u.subject_id`

const toUnit = (r: Row): ResponsibleUnit => ({
  id: r.id,
  name: r.name,
  unitType: r.unit_type,
  areaId: r.area_id,
  subjectId: r.subject_id,
  subjectName: r.subject_name,
  aliases: JSON.parse(r.aliases) as string[],
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  sortOrder: r.sort_order,
  notes: r.notes,
  voidedAt: r.voided_at,
  voidReason: r.void_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

/** Departments first, then villages in the areas' order. */
export function list(db: Db, includeVoided: boolean, unitType?: UnitType): ResponsibleUnit[] {
  const where = [includeVoided ? '' : 'u.voided_at IS NULL', unitType === undefined ? '' : 'u.unit_type = @unitType'].filter((w) => w !== '')
  const sql = `${SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.voided_at IS NOT NULL, u.sort_order, u.name`
  return (db.prepare(sql).all({ unitType }) as Row[]).map(toUnit)
}

export function get(db: Db, id: string): ResponsibleUnit | undefined {
  const r = db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as Row | undefined
  return r && toUnit(r)
}

/** The live unit a name or an alias means. */
export function findByName(db: Db, name: string): { id: string; name: string } | undefined {
  return db
    .prepare(
      `SELECT id, name FROM responsible_units WHERE voided_at IS NULL AND (name = @name OR EXISTS (SELECT 1 FROM json_each(aliases) WHERE value = @name))
       ORDER BY name = @name DESC LIMIT 1`,
    )
    .get({ name }) as { id: string; name: string } | undefined
}

export interface UnitWrite {
  name: string
  aliases: string[]
  contactName: string
  contactPhone: string
  subjectId: string | null
  sortOrder: number
  notes: string
}

export function insert(db: Db, id: string, u: UnitWrite, at: string, by: string): void {
  db.prepare(
    `INSERT INTO responsible_units (id, name, unit_type, subject_id, aliases, contact_name, contact_phone, sort_order, notes, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, 'department', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, u.name, u.subjectId, JSON.stringify(u.aliases), u.contactName, u.contactPhone, u.sortOrder, u.notes, at, by, at, by)
}

export function update(db: Db, id: string, u: UnitWrite, at: string, by: string): void {
  db.prepare(
    `UPDATE responsible_units SET name = ?, subject_id = ?, aliases = ?, contact_name = ?, contact_phone = ?, sort_order = ?, notes = ?, updated_at = ?, updated_by = ?
     WHERE id = ?`,
  ).run(u.name, u.subjectId, JSON.stringify(u.aliases), u.contactName, u.contactPhone, u.sortOrder, u.notes, at, by, id)
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'responsible_units', id, reason, at, by)
