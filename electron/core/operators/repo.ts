import type { Db } from '../db/open'
import type { Operator, OperatorRole } from './schema'

interface Row {
  id: string
  name: string
  roles: string
  pin_salt: string | null
  pin_hash: string | null
  failed_pins: number
  locked_until: string | null
  voided_at: string | null
  void_reason: string | null
  created_at: string
  updated_at: string
}

export interface OperatorRecord extends Operator {
  pinSalt: string | null
  pinHash: string | null
  failedPins: number
}

const toRecord = (r: Row): OperatorRecord => ({
  id: r.id,
  name: r.name,
  roles: JSON.parse(r.roles) as OperatorRole[],
  hasPin: r.pin_hash !== null,
  lockedUntil: r.locked_until,
  voidedAt: r.voided_at,
  voidReason: r.void_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  pinSalt: r.pin_salt,
  pinHash: r.pin_hash,
  failedPins: r.failed_pins,
})

export function get(db: Db, id: string): OperatorRecord | undefined {
  const r = db.prepare('SELECT * FROM operators WHERE id = ?').get(id) as Row | undefined
  return r && toRecord(r)
}

export function list(db: Db, includeVoided: boolean): OperatorRecord[] {
  const rows = db
    .prepare(`SELECT * FROM operators ${includeVoided ? '' : 'WHERE voided_at IS NULL'} ORDER BY voided_at IS NOT NULL, sort_order, created_at`)
    .all() as Row[]
  return rows.map(toRecord)
}

export function findLiveByName(db: Db, name: string): OperatorRecord | undefined {
  const r = db.prepare('SELECT * FROM operators WHERE name = ? AND voided_at IS NULL').get(name) as Row | undefined
  return r && toRecord(r)
}

export function countLive(db: Db): number {
  return db.prepare('SELECT count(*) FROM operators WHERE voided_at IS NULL').pluck().get() as number
}

export interface OperatorWrite {
  name: string
  roles: OperatorRole[]
  pinSalt: string | null
  pinHash: string | null
}

export function insert(db: Db, id: string, w: OperatorWrite, at: string, by: string): void {
  db.prepare(
    `INSERT INTO operators (id, name, roles, pin_salt, pin_hash, sort_order, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM operators), ?, ?, ?, ?)`,
  ).run(id, w.name, JSON.stringify(w.roles), w.pinSalt, w.pinHash, at, by, at, by)
}

export function update(db: Db, id: string, w: OperatorWrite, at: string, by: string): void {
  db.prepare('UPDATE operators SET name = ?, roles = ?, pin_salt = ?, pin_hash = ?, failed_pins = 0, locked_until = NULL, updated_at = ?, updated_by = ? WHERE id = ?').run(
    w.name,
    JSON.stringify(w.roles),
    w.pinSalt,
    w.pinHash,
    at,
    by,
    id,
  )
}

export function setPinFailures(db: Db, id: string, failedPins: number, lockedUntil: string | null): void {
  db.prepare('UPDATE operators SET failed_pins = ?, locked_until = ? WHERE id = ?').run(failedPins, lockedUntil, id)
}

export function markVoided(db: Db, id: string, reason: string, at: string, by: string): void {
  db.prepare('UPDATE operators SET voided_at = ?, void_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(at, reason, at, by, id)
}
