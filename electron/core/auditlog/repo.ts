import type { Db } from '../db/open'
import { likePattern, offsetOf } from '../paging'
import type { AuditRow } from './chain'
import type { AuditFacets, AuditListInput } from './schema'

/** Days are the office's calendar days: the log stores UTC instants, compared by their local date. */
function where(f: AuditListInput): { sql: string; args: unknown[] } {
  const conditions: [string, unknown[]][] = []
  if (f.operator !== '') conditions.push(['operator = ?', [f.operator]])
  if (f.action !== '') conditions.push(['action = ?', [f.action]])
  if (f.entity !== '') conditions.push(['entity = ?', [f.entity]])
  if (f.entityId !== '') conditions.push(['entity_id = ?', [f.entityId]])
  if (f.record !== '') conditions.push(["(entity_id = ? OR data LIKE ? ESCAPE '\\')", [f.record, likePattern(f.record)]])
  if (f.from !== undefined) conditions.push(["date(at, 'localtime') >= ?", [f.from]])
  if (f.to !== undefined) conditions.push(["date(at, 'localtime') <= ?", [f.to]])
  return {
    sql: conditions.length === 0 ? '' : `WHERE ${conditions.map(([c]) => c).join(' AND ')}`,
    args: conditions.flatMap(([, a]) => a),
  }
}

export function list(db: Db, f: AuditListInput): { rows: AuditRow[]; total: number } {
  const w = where(f)
  const total = db.prepare(`SELECT count(*) FROM audit_log ${w.sql}`).pluck().get(...w.args) as number
  const rows = db.prepare(`SELECT * FROM audit_log ${w.sql} ORDER BY seq DESC LIMIT ? OFFSET ?`).all(...w.args, f.pageSize, offsetOf(f.page, f.pageSize)) as AuditRow[]
  return { rows, total }
}

export function facets(db: Db): AuditFacets {
  const distinct = (col: string) => db.prepare(`SELECT DISTINCT ${col} FROM audit_log ORDER BY ${col}`).pluck().all() as string[]
  return { operators: distinct('operator'), actions: distinct('action'), entities: distinct('entity') }
}
