import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import { overdueAtDaySql } from './figures/overdue'
import { campaignScoped } from './figures/scope'
import type { Range, SqlWhere } from './figures/types'

/*
 * 期末逾期 is counted from the cases open at the period's last day; of those closed since, SQLite
 * reads either every closure after the day or every case found by it (cases/overdue openOnSql),
 * and with no statistics it always takes the closures. At an early day of a long ledger — the
 * period before a year — they are nearly all the closures (95 000 of the demo's 100 000 cases at
 * 2024-12-31, where 3 500 had been found). case_months (migration 0024) tells which is smaller
 * from a few hundred rows: months closed after the day's month, months found by it. The count reads
 * that one; its cases are the figure's own (`where`, which the report states, is the same clause).
 */
const SIZES = `SELECT coalesce(sum(CASE WHEN closed_month > @month THEN n END), 0), coalesce(sum(CASE WHEN found_month <= @month THEN n END), 0)
  FROM case_months WHERE dimension = 'severity'`

/** The clause 期末逾期 is counted by over a period: the figure's cases, read from the smaller range. */
export function overdueCountWhere(db: Db, p: Range): SqlWhere {
  const [closedAfter, foundBy] = stmt(db, SIZES).raw().get({ month: p.to.slice(0, 7) }) as [number, number]
  return campaignScoped({ sql: overdueAtDaySql(foundBy < closedAfter ? 'found' : 'closures'), params: { at: p.to } }, p, 'c.campaign_id')
}
