import { stmt } from '../../cases/sql'
import type { Db } from '../../db/open'
import { documentKinds } from '../../documents/kinds'
import { tableExists } from '../repo'
import type { DocumentsIssued } from '../schema'
import type { Range, SqlWhere } from './types'

export const documentsLabel = '发文'
export const documentsDefinition = '发文日期在统计期间内、未作废的文书，按文书种类统计（以发文登记为准）。'

export const documentsWhere = (p: Range): SqlWhere => ({
  sql: "status = 'issued' AND issue_date BETWEEN @from AND @to",
  params: { from: p.from, to: p.to },
})

/**
 * Documents issued in the period by kind, every kind listed (0 included) in the order staff see
 * them; null when the data file has no document register yet.
 */
export function documentsIssued(db: Db, p: Range): DocumentsIssued | null {
  if (!tableExists(db, 'documents')) return null
  const w = documentsWhere(p)
  const counts = new Map(
    (stmt(db, `SELECT kind, count(*) AS n FROM documents WHERE ${w.sql} GROUP BY kind`).all(w.params) as { kind: string; n: number }[]).map((r) => [r.kind, r.n]),
  )
  const known = documentKinds.map((k) => ({ kind: k.code as string, name: k.name, count: counts.get(k.code) ?? 0 }))
  const other = [...counts].filter(([kind]) => !known.some((k) => k.kind === kind)).map(([kind, count]) => ({ kind, name: kind, count }))
  const byKind = [...known, ...other]
  return { total: byKind.reduce((s, k) => s + k.count, 0), byKind }
}
