import { stmt } from '../cases/sql'
import type { CaseStatus } from '../cases/schema'
import { appendEvent } from '../cases/timeline'
import type { Ctx } from '../context'
import type { EscalationEventAction } from '../cases/event-actions'

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
  const status = stmt(ctx.db, 'SELECT status FROM cases WHERE id = ?').pluck().get(e.caseId) as CaseStatus | undefined
  if (status === undefined) return
  appendEvent(ctx, { ...e, fromStatus: status, toStatus: status })
}
