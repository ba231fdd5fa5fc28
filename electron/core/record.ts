import type { Db } from './db/open'
import { stmt } from './cases/sql'
import type { RecordStampColumns, RecordStamps } from './stamps/types'

export type { RecordStampColumns, RecordStamps } from './stamps/types'

/* The record stamps (stamps/types.ts) read from a row, and the one way to void a row with them. */

export const recordStampsOf = (r: RecordStampColumns): RecordStamps => ({
  voidedAt: r.voided_at,
  voidReason: r.void_reason,
  voidedBy: r.voided_by,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
})

/** The tables whose rows are voided with the full stamps; the second set also move to status 'voided'. */
type VoidedByStamp = 'attachments' | 'subjects' | 'interview_commitments' | 'inspections' | 'inspectors' | 'responsible_units' | 'fire_incidents'
type VoidedByStatus = 'interviews' | 'supervisions' | 'documents' | 'tasks' | 'campaigns'

/** Voids a row (never deletes it): who, when and why, as the record's own stamps. */
export function markVoided(db: Db, table: VoidedByStamp | VoidedByStatus, id: string, reason: string, at: string, by: string): void {
  const status = STATUS_TABLES.has(table) ? "status = 'voided', " : ''
  stmt(db, `UPDATE ${table} SET ${status}voided_at = ?, void_reason = ?, voided_by = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(at, reason, by, at, by, id)
}

const STATUS_TABLES: ReadonlySet<string> = new Set<VoidedByStatus>(['interviews', 'supervisions', 'documents', 'tasks', 'campaigns'])
