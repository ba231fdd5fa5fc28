import { chainHead, entryHash } from './auditlog/chain'
import type { AuditAction, AuditEntity } from './auditlog/codes'
import { stmt } from './cases/sql'
import type { Ctx } from './context'

export interface AuditEntry {
  action: AuditAction
  entity: AuditEntity
  entityId: string
  data?: unknown
}

/**
 * Appends to the audit log, chained by hash to the entry before. Call inside the transaction of
 * the write it records (the transaction also keeps two writers from taking the same place).
 */
export function audit(ctx: Ctx, e: AuditEntry): void {
  const { seq, prevHash } = chainHead(ctx.db)
  const row = {
    seq,
    at: ctx.clock.now(),
    operator: ctx.operator(),
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    data: JSON.stringify(e.data ?? {}),
    prev_hash: prevHash,
  }
  stmt(ctx.db, 'INSERT INTO audit_log (seq, at, operator, action, entity, entity_id, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(row.seq, row.at, row.operator, row.action, row.entity, row.entity_id, row.data, row.prev_hash, entryHash(row))
}

/** Who and when, for the created/updated columns of a write. */
export function stamp(ctx: Ctx): { at: string; by: string } {
  return { at: ctx.clock.now(), by: ctx.operator() }
}
