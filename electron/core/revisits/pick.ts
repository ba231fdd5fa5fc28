import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import { Random } from '../demo/random'
import type { z } from 'zod'
import type { revisitPreviewSchema } from './schema'

type Criteria = z.output<typeof revisitPreviewSchema>

/** The closed cases the criteria match, by closure date then number (a stable order to sample from). */
export function matchingCases(db: Db, c: Criteria): string[] {
  const parts = ["c.status = 'closed'"]
  const params: string[] = []
  const add = (sql: string, v: string | undefined) => {
    if (v === undefined) return
    parts.push(sql)
    params.push(v)
  }
  add('c.campaign_id = ?', c.campaignId)
  add('c.closed_date >= ?', c.closedFrom)
  add('c.closed_date <= ?', c.closedTo)
  add('c.area_id = ?', c.areaId)
  add('c.category_id = ?', c.categoryId)
  add('c.subject_kind_id = ?', c.subjectKindId)
  const rows = stmt(db, `SELECT c.id FROM cases c WHERE ${parts.join(' AND ')} ORDER BY c.closed_date, c.year, c.seq`).all(...params) as { id: string }[]
  return rows.map((r) => r.id)
}

/**
 * All of them, or N % (rounded up, at least one when any match) drawn without replacement by a
 * seeded generator: the same seed over the same ledger draws the same list. Kept in ledger order.
 */
export function sample(ids: readonly string[], percent: number | undefined, seed: number): string[] {
  if (percent === undefined || percent === 100) return [...ids]
  const n = Math.ceil((ids.length * percent) / 100)
  const rng = new Random(seed)
  const pool = ids.map((_, i) => i)
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng.next() * (pool.length - i))
    const a = pool[i] ?? 0
    pool[i] = pool[j] ?? 0
    pool[j] = a
  }
  return pool
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => ids[i] ?? '')
}
