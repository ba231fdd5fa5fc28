import { createHash } from 'node:crypto'
import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import type { ChainReport } from './schema'

/** One audit entry as stored; hash and prevHash are null for entries written before the chain began. */
export interface AuditRow {
  seq: number
  at: string
  operator: string
  action: string
  entity: string
  entity_id: string
  data: string
  prev_hash: string | null
  hash: string | null
}

/** The chain's start: the first chained entry follows either nothing or unchained entries. */
export const CHAIN_START = ''

/**
 * The hash of an entry: its position, content and the previous entry's hash. Changing any field
 * of any entry, or removing one, breaks every hash that follows it.
 */
export function entryHash(e: Omit<AuditRow, 'hash'>): string {
  const body = JSON.stringify([e.seq, e.at, e.operator, e.action, e.entity, e.entity_id, e.data, e.prev_hash])
  return createHash('sha256').update(body, 'utf8').digest('hex')
}

/** Where the next entry goes, and the hash it follows. */
export function chainHead(db: Db): { seq: number; prevHash: string } {
  const last = stmt(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string | null } | undefined
  return { seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? CHAIN_START }
}

/**
 * Walks the log in order and recomputes every hash. Reports the first entry that was changed,
 * inserted, or follows a removed one; an entry without hash after the chain began counts too.
 */
export function verifyChain(db: Db): ChainReport {
  let entries = 0
  let unchained = 0
  let prev: AuditRow | null = null
  let chained = false
  const rows = db.prepare('SELECT seq, at, operator, action, entity, entity_id, data, prev_hash, hash FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>
  for (const r of rows) {
    entries++
    const fail = (problem: string): ChainReport => ({ entries, unchained, broken: { seq: r.seq, at: r.at, problem } })
    if (r.hash === null) {
      if (chained) return fail('这条记录没有校验值，是在程序之外写入的')
      unchained++
      prev = r
      continue
    }
    chained = true
    const expectedPrev = prev?.hash ?? CHAIN_START
    if (prev !== null && r.seq !== prev.seq + 1) return fail(`第 ${prev.seq + 1} 至 ${r.seq - 1} 条记录被删除`)
    if (r.prev_hash !== expectedPrev) return fail('与上一条记录接不上，前面的记录被改动或删除过')
    if (entryHash(r) !== r.hash) return fail('这条记录的内容被改动过')
    prev = r
  }
  const sequence = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get() as number | undefined
  if (prev !== null && sequence !== undefined && sequence > prev.seq) {
    return { entries, unchained, broken: { seq: prev.seq + 1, at: prev.at, problem: `最后 ${sequence - prev.seq} 条记录被删除` } }
  }
  return { entries, unchained, broken: null }
}
