import { daysBetween } from '../dates'
import { deadlineAtSql } from './deadline-at'
import type { CaseStatus } from './schema'
import { OPEN_SQL } from './sql'

/*
 * 逾期 (DOMAIN.md), the one definition every count, list, proposal and document uses: a case is
 * overdue when the unit owes work — registered, noticed, rectifying (a failed recheck puts a case
 * back there with its new deadline) — and its current deadline has passed. 待复查 past the
 * deadline is the office's own backlog (复查待办), 复查合格 awaits only 销号: neither is overdue,
 * so neither is proposed for a letter to the unit.
 */

/** The statuses in which the unit owes work. */
export const owingStatuses = ['registered', 'noticed', 'rectifying'] as const satisfies readonly CaseStatus[]

const OWING: ReadonlySet<CaseStatus> = new Set(owingStatuses)

export const owesWork = (status: CaseStatus): boolean => OWING.has(status)

/** The definition as reports and drafts state it. */
export const overdueDefinition =
  '逾期指单位尚负整改义务（已登记、已下发整改通知、整改中，含复查不合格后重新确定期限的）且当前整改期限已过的隐患；' +
  '单位已报整改完成、待复查的隐患属镇消安委办复查待办，复查合格待销号的隐患，均不计为逾期。'

/** The same in one clause, for a sentence of a document. */
export const overdueShortDefinition = '逾期指单位应整改而超过整改期限仍未整改的隐患，不含待复查、复查合格待销号的隐患'

/** Whole days past the deadline of a case the unit owes work on; 0 when it is not overdue. */
export function overdueDays(status: CaseStatus, deadline: string, today: string): number {
  return owesWork(status) && today > deadline ? daysBetween(deadline, today) : 0
}

/** A case 待复查 past its deadline: the office's recheck backlog (复查待办), not the unit's fault. */
export const inRecheckBacklog = (status: CaseStatus, deadline: string, today: string): boolean => status === 'awaiting_recheck' && today > deadline

const OWING_SQL = `status IN (${owingStatuses.map((s) => `'${s}'`).join(', ')})`

/**
 * The owing statuses on `cases c`. The open-status term comes first, written exactly as in the
 * partial index `cases_open`, so that SQLite may read that small index.
 */
export const owingSql = `c.${OPEN_SQL} AND c.${OWING_SQL}`

/** Overdue today on `cases c`; `today` is the SQL placeholder of the day ('?' or '@today'). */
export const overdueNowSql = (today: string): string => `${owingSql} AND c.deadline < ${today}`

/**
 * The status of `cases c` at the end of the day in the named parameter, for a case found by then:
 * the status its last timeline entry dated on or before that day left it in. Before its first
 * entry it stands as registered (DOMAIN.md: a case's life starts at 登记): a hazard typed in after
 * its found date has its 登记 entry dated the day it was typed in, and its status now (perhaps
 * closed since) says nothing of the days before.
 */
export const statusAtSql = (param: string): string => `coalesce(
  (SELECT e.to_status FROM case_events e WHERE e.case_id = c.id AND e.date <= @${param} ORDER BY e.date DESC, e.at DESC, e.id DESC LIMIT 1),
  '${'registered' satisfies CaseStatus}')`

/**
 * Found by the end of the day in the named parameter and not struck off by then: open now, or
 * closed after that day. Written as two ranges, the open cases and the closures after the day,
 * each read from its own index, instead of every case found by then. SQLite keeps no statistics,
 * so it reads the closed ones from the closures after the day; `closedFrom` 'found' has it read
 * them from the cases found by the day instead (the `+` keeps it off the closure date), the same
 * cases, fewer to read at an early day of a long ledger.
 */
export const openOnSql = (param: string, closedFrom: 'closures' | 'found' = 'closures'): string =>
  `((c.${OPEN_SQL} AND c.found_date <= @${param}) OR (${closedFrom === 'found' ? '+' : ''}c.closed_date > @${param} AND c.found_date <= @${param}))`

/**
 * Overdue at the end of a past day: found by then and not struck off, with the deadline then in
 * force passed, in an owing status on that day. Extensions and new deadlines decided later do not
 * count. The deadline is tested first: it rules out more of the open cases than the status does
 * (at a quarter's end a third of them are past their deadline, most are owing), so fewer cases
 * need their status looked up.
 */
export const overdueAtSql = (param: string): string =>
  `c.status <> 'voided' AND c.found_date <= @${param} AND (c.closed_date IS NULL OR c.closed_date > @${param})
   AND ${deadlineAtSql(param)} < @${param} AND ${statusAtSql(param)} IN (${owingStatuses.map((s) => `'${s}'`).join(', ')})`
