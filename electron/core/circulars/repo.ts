import { deadlineAtSql } from '../cases/deadline-at'
import { openOnSql, overdueAtSql } from '../cases/overdue'
import type { CaseSeverity } from '../cases/schema'
import { OPEN_SQL } from '../cases/sql'
import type { Db } from '../db/open'

/*
 * The counts of a 工作通报, each a plain query over the ledger for the period [@from, @to].
 * "Overdue at the end" is the one definition of cases/overdue, as the ledger stood that day: a
 * case 待复查 then was the office's backlog, and an extension granted later does not count. It is
 * asked of the cases open at the end (read as the open cases and the closures after it), not of
 * every case found by then: the timeline is looked up for a few thousand cases, not a hundred.
 */

const OPEN_AT_END = "c.status <> 'voided' AND c.found_date <= @to AND (c.closed_date IS NULL OR c.closed_date > @to)"
const OVERDUE_AT_END = `${openOnSql('to')} AND ${overdueAtSql('to')}`

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
    // only a closed case has a closure date (a CHECK on the table): the date range alone, from cases_closed
    closedInPeriod: one('SELECT count(*) FROM cases WHERE closed_date BETWEEN @from AND @to'),
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

/*
 * Per village the cases of the period and those open at its end, each read once from its range of
 * an index: found in the period; found before it and open now; found before it and closed after
 * its end. A case is looked up in the timeline (CASE stops at its first false term) only when it
 * was open at the end.
 */
const AREA_CASES = [
  "c.status <> 'voided' AND c.found_date BETWEEN @from AND @to",
  `c.found_date < @from AND c.${OPEN_SQL}`,
  'c.closed_date > @to AND c.found_date < @from',
]
  .map(
    (range) => `SELECT c.area_id, c.severity = 'major' AS major, c.found_date >= @from AS found, c.found_date >= @from AND c.closed_date <= @to AS closed,
       CASE WHEN ${OPEN_AT_END} THEN 1 ELSE 0 END AS open, CASE WHEN ${OVERDUE_AT_END} THEN 1 ELSE 0 END AS overdue
     FROM cases c WHERE ${range}`,
  )
  .join(' UNION ALL ')

/**
 * Per village/community: found in the period, of those struck off by its end, overdue and open
 * major hazards at its end; every village with a live case found by the end, worst or not.
 */
export function areaCounts(db: Db, from: string, to: string): AreaCountsRow[] {
  return db
    .prepare(
      `WITH x AS (
         SELECT area_id, sum(found) AS found, sum(closed) AS closed, sum(overdue) AS overdue, sum(major AND overdue) AS major_overdue, sum(major AND open) AS open_major
         FROM (${AREA_CASES}) GROUP BY area_id)
       SELECT a.id AS area_id, a.name AS area_name, coalesce(x.found, 0) AS found, coalesce(x.closed, 0) AS closed, coalesce(x.overdue, 0) AS overdue,
         coalesce(x.major_overdue, 0) AS major_overdue, coalesce(x.open_major, 0) AS open_major
       FROM areas a LEFT JOIN x ON x.area_id = a.id
       WHERE EXISTS (SELECT 1 FROM cases c WHERE c.area_id = a.id AND c.status <> 'voided' AND c.found_date <= @to)
       ORDER BY a.sort_order, a.name`,
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
