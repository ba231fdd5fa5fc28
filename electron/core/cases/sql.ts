import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open'

const MAX_CACHED = 500
const cache = new WeakMap<Db, Map<string, Statement>>()

/**
 * A prepared statement, compiled once per connection: bulk writes (the demo generator, imports)
 * run the same few statements hundreds of thousands of times.
 */
export function stmt(db: Db, sql: string): Statement {
  let forDb = cache.get(db)
  if (!forDb) {
    forDb = new Map()
    cache.set(db, forDb)
  }
  let s = forDb.get(sql)
  if (!s) {
    // Filters build their SQL from the fields in use: bound the cache should many shapes appear.
    if (forDb.size >= MAX_CACHED) forDb.clear()
    s = db.prepare(sql)
    forDb.set(sql, s)
  }
  return s
}

/** The open statuses as SQL, written exactly as in the partial index `cases_open` so the planner can use it. */
export const OPEN_SQL = "status IN ('registered', 'noticed', 'rectifying', 'awaiting_recheck', 'recheck_passed')"
