import { CASE_COLUMNS, CASE_JOINS, toCase, type CaseRow } from '../cases/repo'
import type { Case } from '../cases/schema'
import { owingSql, owingStatuses } from '../cases/overdue'
import { OPEN_SQL, stmt } from '../cases/sql'
import type { Db } from '../db/open'

export interface OpenTotals {
  open: number
  overdue: number
  dueWithin3: number
  dueWithin7: number
  awaitingRecheck: number
  recheckBacklog: number
  openMajor: number
}

/** The unit owes work on the case (see cases/overdue): only those can be overdue or due soon. */
const OWING = `c.status IN (${owingStatuses.map((s) => `'${s}'`).join(', ')})`

/** Every total of the open cases in one pass over the partial index of open cases. */
export function openTotals(db: Db, today: string, in3: string, in7: string): OpenTotals {
  return stmt(
    db,
    `SELECT count(*) AS open,
       coalesce(sum(${OWING} AND c.deadline < @today), 0) AS overdue,
       coalesce(sum(${OWING} AND c.deadline >= @today AND c.deadline <= @in3), 0) AS dueWithin3,
       coalesce(sum(${OWING} AND c.deadline >= @today AND c.deadline <= @in7), 0) AS dueWithin7,
       coalesce(sum(c.status = 'awaiting_recheck'), 0) AS awaitingRecheck,
       coalesce(sum(c.status = 'awaiting_recheck' AND c.deadline < @today), 0) AS recheckBacklog,
       coalesce(sum(c.severity = 'major'), 0) AS openMajor
     FROM cases c INDEXED BY cases_open WHERE c.${OPEN_SQL}`,
  ).get({ today, in3, in7 }) as OpenTotals
}

export interface GroupCount {
  id: string
  name: string
  open: number
  overdue: number
}

/** Open and overdue cases per area, in the areas' own order; areas without open cases are left out. */
export function openByArea(db: Db, today: string): GroupCount[] {
  return stmt(
    db,
    `SELECT a.id, a.name, g.open, g.overdue FROM
       (SELECT c.area_id AS id, count(*) AS open, sum(${OWING} AND c.deadline < ?) AS overdue
        FROM cases c INDEXED BY cases_open WHERE c.${OPEN_SQL} GROUP BY c.area_id) g
     JOIN areas a ON a.id = g.id ORDER BY a.sort_order, a.name`,
  ).all(today) as GroupCount[]
}

export function openByCategory(db: Db, today: string): GroupCount[] {
  return stmt(
    db,
    `SELECT cc.id, cc.name, g.open, g.overdue FROM
       (SELECT c.category_id AS id, count(*) AS open, sum(${OWING} AND c.deadline < ?) AS overdue
        FROM cases c INDEXED BY cases_open WHERE c.${OPEN_SQL} GROUP BY c.category_id) g
     JOIN case_categories cc ON cc.id = g.id ORDER BY cc.sort_order, cc.name`,
  ).all(today) as GroupCount[]
}

/** Cases the unit owes work on with a deadline in [from, to], soonest deadline first. */
export function owingByDeadline(db: Db, from: string | null, to: string, limit: number, today: string): Case[] {
  const rows = stmt(
    db,
    `SELECT ${CASE_COLUMNS} FROM (SELECT c.rid FROM cases c INDEXED BY cases_open
       WHERE ${owingSql} AND c.deadline >= ? AND c.deadline <= ? ORDER BY c.deadline, c.id LIMIT ?) p
     CROSS JOIN cases c ON c.rid = p.rid ${CASE_JOINS} ORDER BY c.deadline, c.id`,
  ).all(from ?? '0000-00-00', to, limit) as CaseRow[]
  return rows.map((r) => toCase(r, today))
}

export function countOwingByDeadline(db: Db, from: string, to: string): number {
  return (
    stmt(db, `SELECT count(*) AS n FROM cases c INDEXED BY cases_open WHERE ${owingSql} AND c.deadline >= ? AND c.deadline <= ?`).get(
      from,
      to,
    ) as { n: number }
  ).n
}

/**
 * 复查待办: cases 待复查 past their deadline, the longest waiting first. A case waits since the
 * unit reported it done (its last 提请复查), or since its deadline when no such step is recorded.
 */
export function recheckBacklog(db: Db, today: string, limit: number): (Case & { waitingSince: string })[] {
  const rows = stmt(
    db,
    `SELECT * FROM (SELECT ${CASE_COLUMNS}, coalesce(
         (SELECT max(e.date) FROM case_events e WHERE e.case_id = c.id AND e.action = 'requestRecheck'), c.deadline) AS waiting_since
       FROM cases c INDEXED BY cases_open ${CASE_JOINS}
       WHERE c.${OPEN_SQL} AND c.status = 'awaiting_recheck' AND c.deadline < ?)
     ORDER BY waiting_since, number LIMIT ?`,
  ).all(today, limit) as (CaseRow & { waiting_since: string })[]
  return rows.map((r) => ({ ...toCase(r, today), waitingSince: r.waiting_since }))
}

/** The day of the previous run's start, and records today's. */
export function recordStart(db: Db, date: string, at: string): string | null {
  const prev = stmt(db, 'SELECT date FROM app_starts ORDER BY seq DESC LIMIT 1').get() as { date: string } | undefined
  stmt(db, 'INSERT INTO app_starts (date, at) VALUES (?, ?)').run(date, at)
  return prev?.date ?? null
}
