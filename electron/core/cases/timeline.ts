import type { Ctx } from '../context'
import { insertEvent } from './events'
import type { CaseEventAction, CaseStatus } from './schema'

export interface TimelineEntry {
  caseId: string
  action: CaseEventAction
  fromStatus: CaseStatus | null
  toStatus: CaseStatus
  date?: string
  note?: string
  data?: Record<string, unknown>
  documentId?: string | null
}

/** Appends a step to a case's timeline: who (the operator) and when (now) come from the context. */
export function appendEvent(ctx: Ctx, e: TimelineEntry): void {
  insertEvent(ctx.db, {
    id: ctx.newId(),
    caseId: e.caseId,
    at: ctx.clock.now(),
    date: e.date ?? ctx.clock.today(),
    operator: ctx.operator(),
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note ?? '',
    data: e.data ?? {},
    documentId: e.documentId ?? null,
  })
}
