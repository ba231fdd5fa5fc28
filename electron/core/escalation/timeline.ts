import { stmt } from '../cases/sql'
import type { Ctx } from '../context'
import type { EscalationEventAction } from './schema'

export interface EscalationEvent {
  caseId: string
  action: EscalationEventAction
  /** the day of the act; today when omitted */
  date?: string
  note: string
  data?: Record<string, unknown>
  documentId?: string | null
}

/** Appends to the case's timeline (the append-only case_events), in the caller's transaction. */
export function recordOnCase(ctx: Ctx, e: EscalationEvent): void {
  const status = stmt(ctx.db, 'SELECT status FROM cases WHERE id = ?').pluck().get(e.caseId) as string | undefined
  if (status === undefined) return
  stmt(
    ctx.db,
    `INSERT INTO case_events (id, case_id, at, date, operator, action, from_status, to_status, note, data, document_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ctx.newId(),
    e.caseId,
    ctx.clock.now(),
    e.date ?? ctx.clock.today(),
    ctx.operator(),
    e.action,
    status,
    status,
    e.note,
    JSON.stringify(e.data ?? {}),
    e.documentId ?? null,
  )
}
