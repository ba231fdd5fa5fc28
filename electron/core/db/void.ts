import { stmt } from '../cases/sql'
import type { Db } from './open'

/** The tables whose rows are voided with the full stamps; the second set also move to status 'voided'. */
type VoidedByStamp = 'attachments' | 'subjects' | 'interview_commitments' | 'inspections' | 'inspectors' | 'responsible_units' | 'fire_incidents'
type VoidedByStatus = 'interviews' | 'supervisions' | 'documents' | 'tasks' | 'campaigns'

/** Voids a row (never deletes it): who, when and why, as the record's own stamps. */
export function markVoided(db: Db, table: VoidedByStamp | VoidedByStatus, id: string, reason: string, at: string, by: string): void {
  const status = STATUS_TABLES.has(table) ? "status = 'voided', " : ''
  stmt(db, `UPDATE ${table} SET ${status}voided_at = ?, void_reason = ?, voided_by = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(at, reason, by, at, by, id)
}

const STATUS_TABLES: ReadonlySet<string> = new Set<VoidedByStatus>(['interviews', 'supervisions', 'documents', 'tasks', 'campaigns'])
