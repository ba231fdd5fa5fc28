import type { Ctx } from '../context'
import type { Page } from '../paging'
import type { AuditEntity } from './codes'
import * as repo from './repo'
import type { AuditListInput, AuditLogEntry } from './schema'

/** A record an entry names only by its id (a case's steps, an edit's changes), named as its own page names it. */
const NAME_OF: Partial<Record<AuditEntity, string>> = {
  case: 'SELECT number FROM cases WHERE id = ?',
  subject: 'SELECT name FROM subjects WHERE id = ?',
  inspection: "SELECT s.name || ' ' || i.inspected_on FROM inspections i JOIN subjects s ON s.id = i.subject_id WHERE i.id = ?",
  area: 'SELECT name FROM areas WHERE id = ?',
  campaign: 'SELECT name FROM campaigns WHERE id = ?',
  inspector: 'SELECT name FROM inspectors WHERE id = ?',
  responsible_unit: 'SELECT name FROM responsible_units WHERE id = ?',
}

export function listAudit(ctx: Ctx, f: AuditListInput): Page<AuditLogEntry> {
  const { rows, total } = repo.list(ctx.db, f)
  const nameOf = (entity: string, id: string): string => {
    const sql = NAME_OF[entity as AuditEntity]
    return sql === undefined ? '' : ((ctx.db.prepare(sql).pluck().get(id) as string | undefined) ?? '')
  }
  return {
    rows: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      operator: r.operator,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      recordName: nameOf(r.entity, r.entity_id),
      data: JSON.parse(r.data) as unknown,
      unchained: r.hash === null,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  }
}
