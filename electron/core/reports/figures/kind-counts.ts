import { stmt } from '../../cases/sql'
import type { Db } from '../../db/open'
import type { KindCounts } from '../schema'
import type { SqlWhere } from './types'

/**
 * Counts per kind of a register's rows (`kind` column), every known kind listed in its order with
 * 0 when none; kinds the app no longer knows are listed after them under their code.
 */
export function countByKind(db: Db, table: 'documents' | 'interviews', w: SqlWhere, kinds: readonly { kind: string; name: string }[]): KindCounts {
  const counts = new Map(
    (stmt(db, `SELECT kind, count(*) AS n FROM ${table} WHERE ${w.sql} GROUP BY kind`).all(w.params) as { kind: string; n: number }[]).map((r) => [r.kind, r.n]),
  )
  const known = kinds.map((k) => ({ ...k, count: counts.get(k.kind) ?? 0 }))
  const other = [...counts].filter(([kind]) => !kinds.some((k) => k.kind === kind)).map(([kind, count]) => ({ kind, name: kind, count }))
  const byKind = [...known, ...other]
  return { total: byKind.reduce((s, k) => s + k.count, 0), byKind }
}
