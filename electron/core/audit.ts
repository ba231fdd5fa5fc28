import type { Ctx } from './context'

export interface AuditEntry {
  action: string
  entity: string
  entityId: string
  data?: unknown
}

/** Appends to the audit log. Call inside the transaction of the write it records. */
export function audit(ctx: Ctx, e: AuditEntry): void {
  ctx.db
    .prepare('INSERT INTO audit_log (at, operator, action, entity, entity_id, data) VALUES (?, ?, ?, ?, ?, ?)')
    .run(ctx.clock.now(), ctx.operator(), e.action, e.entity, e.entityId, JSON.stringify(e.data ?? {}))
}

/** Who and when, for the created/updated columns of a write. */
export function stamp(ctx: Ctx): { at: string; by: string } {
  return { at: ctx.clock.now(), by: ctx.operator() }
}
