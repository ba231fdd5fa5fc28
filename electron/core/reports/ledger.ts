import { CASE_COLUMNS, CASE_JOINS, type CaseRow } from '../cases/repo'
import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import { caseFigures } from './figures'
import { deadlineAtSql } from '../cases/deadline-at'
import type { Range, SqlWhere } from './figures/types'
import { caseFigureKeys, type CaseFigureKey } from './schema'

/** A case of the period with the deadline in force at its end and the figures it counts in. */
export interface LedgerRow extends CaseRow {
  deadline_at_end: string
  in: Record<CaseFigureKey, boolean>
}

const ids = (db: Db, w: SqlWhere): Set<string> =>
  new Set((stmt(db, `SELECT c.id FROM cases c WHERE ${w.sql}`).all(w.params) as { id: string }[]).map((r) => r.id))

/**
 * Every case any figure of the period counts: found or struck off in it, open at its end (the
 * cases open at its start are among those), or under supervision in it. Oldest found first, each marked with its figures, so
 * that a filter on a column of the workbook gives back each number.
 */
export function ledgerRows(db: Db, p: Range): LedgerRow[] {
  const found = caseFigures.found.where(p)
  const closed = caseFigures.closed.where(p)
  const open = caseFigures.openAtEnd.where(p)
  const started = caseFigures.supervisedStarted.where(p)
  const supervised = caseFigures.supervisedAtEnd.where(p)
  const params = { ...found.params, ...closed.params, ...open.params, ...started.params, ...supervised.params, periodEnd: p.to }
  const rows = stmt(
    db,
    `SELECT ${CASE_COLUMNS}, ${deadlineAtSql('periodEnd')} AS deadline_at_end FROM cases c ${CASE_JOINS}
     WHERE (${found.sql}) OR (${closed.sql}) OR (${open.sql}) OR (${started.sql}) OR (${supervised.sql}) ORDER BY c.found_date, c.rid`,
  ).all(params) as (CaseRow & { deadline_at_end: string })[]
  const member = Object.fromEntries(caseFigureKeys.map((k) => [k, ids(db, caseFigures[k].where(p))])) as Record<CaseFigureKey, Set<string>>
  return rows.map((r) => ({ ...r, in: Object.fromEntries(caseFigureKeys.map((k) => [k, member[k].has(r.id)])) as Record<CaseFigureKey, boolean> }))
}
