import type { Db } from '../db/open'
import type { CaseEvent, CaseEventAction, CaseStatus } from './schema'
import { stmt } from './sql'

export type EventInsert = CaseEvent

/** Appends to a case's timeline; the table refuses updates and deletes. */
export function insertEvent(db: Db, e: EventInsert): void {
  stmt(
    db,
    `INSERT INTO case_events (id, case_id, at, date, operator, action, from_status, to_status, note, data, document_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.id, e.caseId, e.at, e.date, e.operator, e.action, e.fromStatus, e.toStatus, e.note, JSON.stringify(e.data), e.documentId)
}

interface EventRow {
  id: string
  case_id: string
  at: string
  date: string
  operator: string
  action: CaseEventAction
  from_status: CaseStatus | null
  to_status: CaseStatus
  note: string
  data: string
  document_id: string | null
}

/** A case's timeline, oldest first. */
export function listEvents(db: Db, caseId: string): CaseEvent[] {
  const rows = stmt(db, 'SELECT * FROM case_events WHERE case_id = ? ORDER BY at, id').all(caseId) as EventRow[]
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    at: r.at,
    date: r.date,
    operator: r.operator,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    note: r.note,
    data: JSON.parse(r.data) as Record<string, unknown>,
    documentId: r.document_id,
  }))
}
