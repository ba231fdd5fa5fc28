import type { Ctx } from '../context'
import type { Page } from '../paging'
import * as repo from './repo'
import type { AuditListInput, AuditLogEntry } from './schema'

export function listAudit(ctx: Ctx, f: AuditListInput): Page<AuditLogEntry> {
  const { rows, total } = repo.list(ctx.db, f)
  return {
    rows: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      operator: r.operator,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      data: JSON.parse(r.data) as unknown,
      unchained: r.hash === null,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  }
}
