import { deadlineAtSql } from '../cases/deadline-at'
import { overdueAtSql } from '../cases/overdue'
import type { CaseSeverity } from '../cases/schema'
import type { Db } from '../db/open'

/*
 * The counts of a 工作通报, each a plain query over the ledger for the period [@from, @to].
 * "Overdue at the end" is the one definition of cases/overdue, as the ledger stood that day: a
 * case 待复查 then was the office's backlog, and an extension granted later does not count.
 */

const OVERDUE_AT_END = overdueAtSql('to')
const OPEN_AT_END = "c.status <> 'voided' AND c.found_date <= @to AND (c.closed_date IS NULL OR c.closed_date > @to)"

export interface PeriodCounts {
  unitsChecked: number
  found: number
  foundClosed: number
  closedInPeriod: number
  majorFound: number
  majorClosed: number
  overdueAtEnd: number
  underSupervision: number
  interviewsHeld: number
  warningLetters: number
  noticeLetters: number
}

export function periodCounts(db: Db, from: string, to: string): PeriodCounts {
  const p = { from, to }
  const one = (sql: string): number => db.prepare(sql).pluck().get(p) as number
  const cases = db
    .prepare(
      `SELECT count(*) AS found, coalesce(sum(closed_date <= @to), 0) AS foundClosed, coalesce(sum(severity = 'major'), 0) AS majorFound,
         coalesce(sum(severity = 'major' AND closed_date <= @to), 0) AS majorClosed
       FROM cases WHERE status <> 'voided' AND found_date BETWEEN @from AND @to`,
    )
    .get(p) as Pick<PeriodCounts, 'found' | 'foundClosed' | 'majorFound' | 'majorClosed'>
  return {
    ...cases,
    unitsChecked: one(
      `SELECT count(*) FROM (SELECT subject_id FROM inspections WHERE inspected_on BETWEEN @from AND @to
         UNION SELECT subject_id FROM cases WHERE status <> 'voided' AND found_date BETWEEN @from AND @to)`,
    ),
    closedInPeriod: one("SELECT count(*) FROM cases WHERE status = 'closed' AND closed_date BETWEEN @from AND @to"),
    overdueAtEnd: one(`SELECT count(*) FROM cases c WHERE ${OVERDUE_AT_END}`),
    underSupervision: one("SELECT count(*) FROM supervisions WHERE status <> 'voided' AND start_date <= @to AND (lifted_date IS NULL OR lifted_date > @to)"),
    interviewsHeld: one("SELECT count(*) FROM interviews WHERE status IN ('held', 'minuted') AND substr(started_at, 1, 10) BETWEEN @from AND @to"),
    warningLetters: one("SELECT count(*) FROM documents WHERE status = 'issued' AND kind = 'warning_letter' AND issue_date BETWEEN @from AND @to"),
    noticeLetters: one("SELECT count(*) FROM documents WHERE status = 'issued' AND kind = 'notice_letter' AND issue_date BETWEEN @from AND @to"),
  }
}

export interface AreaCountsRow {
  area_id: string
  area_name: string
  found: number
  closed: number
  overdue: number
  major_overdue: number
  open_major: number
}

/** Per village/community: found in the period, of those struck off by its end, overdue and open major hazards at its end. */
export function areaCounts(db: Db, from: string, to: string): AreaCountsRow[] {
  return db
    .prepare(
      `SELECT a.id AS area_id, a.name AS area_name,
         coalesce(sum(c.found_date BETWEEN @from AND @to), 0) AS found,
         coalesce(sum(c.found_date BETWEEN @from AND @to AND c.closed_date <= @to), 0) AS closed,
         coalesce(sum(${OVERDUE_AT_END}), 0) AS overdue,
         coalesce(sum(c.severity = 'major' AND ${OVERDUE_AT_END}), 0) AS major_overdue,
         coalesce(sum(c.severity = 'major' AND ${OPEN_AT_END}), 0) AS open_major
       FROM areas a JOIN cases c ON c.area_id = a.id AND c.status <> 'voided' AND c.found_date <= @to
       GROUP BY a.id ORDER BY a.sort_order, a.name`,
    )
    .all({ from, to }) as AreaCountsRow[]
}

export interface LaggingCaseRow {
  id: string
  subject_id: string
  subject_name: string
  area_name: string
  severity: CaseSeverity
  deadline: string
}

/** Cases overdue at the end of the period by at least `days`, or major ones overdue at all; `deadline` is the one in force then. */
export function laggingCases(db: Db, to: string, days: number): LaggingCaseRow[] {
  return db
    .prepare(
      `SELECT * FROM (SELECT c.id, c.number, c.subject_id, s.name AS subject_name, a.name AS area_name, c.severity, ${deadlineAtSql('to')} AS deadline
         FROM cases c JOIN subjects s ON s.id = c.subject_id JOIN areas a ON a.id = c.area_id WHERE ${OVERDUE_AT_END})
       WHERE severity = 'major' OR julianday(@to) - julianday(deadline) >= @days
       ORDER BY deadline, number`,
    )
    .all({ to, days }) as LaggingCaseRow[]
}
