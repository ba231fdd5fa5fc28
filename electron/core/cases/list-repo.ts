import type { z } from 'zod'
import type { Db } from '../db/open'
import { offsetOf } from '../paging'
import { caseTextPredicate, type ShortTermMode } from '../search/fts'
import { overdueNowSql } from './overdue'
import { CASE_COLUMNS, CASE_JOINS, toCase, type CaseRow } from './repo'
import { openStatuses, type Case, type CaseSortField, type caseListSchema } from './schema'
import { OPEN_SQL, stmt } from './sql'

export type CaseListQuery = z.output<typeof caseListSchema>
export type CaseFilterQuery = Omit<CaseListQuery, 'page' | 'pageSize' | 'sort' | 'order'>

/** Sort columns; the tie-breaker is the rowid `rid`, which every index carries. */
const ORDER: Record<CaseSortField, string> = {
  foundDate: 'c.found_date',
  deadline: 'c.deadline',
  number: 'c.year DIR, c.seq',
  updatedAt: 'c.updated_at',
}
/** The wide index that lists cases in each order while carrying every filter column. */
const SORT_INDEX: Partial<Record<CaseSortField, string>> = { foundDate: 'cases_found', deadline: 'cases_deadline', updatedAt: 'cases_updated' }

/**
 * How a text filter takes part in the query (see `listStatements`): 'drive' looks cases up by the
 * rids matched, 'filter' only tests them, 'joined' leaves the matches to a join in FROM.
 */
export type TextMode = 'drive' | 'filter' | 'joined'

/**
 * Above this many text matches, walking the sort order and testing each case against the matches
 * beats fetching every match and sorting them (a common word such as 灭火器 on a large ledger).
 */
const WALK_ABOVE = 2000
/** Up to this many candidates, 1–2 character terms are checked per candidate rather than by a scan of all texts. */
const CHECK_UP_TO = 20_000

export interface Where {
  sql: string
  params: unknown[]
}

/**
 * The WHERE clause of a case filter, on `cases c` alone (no joins), so that counts and the choice
 * of a page stay on the wide indexes. In 'filter' mode the text matches are only tested, never used
 * to look cases up (the unary + hides the rid from the planner).
 */
export function caseWhere(f: CaseFilterQuery, today: string, textMode: TextMode = 'drive', shortAs: ShortTermMode = 'check'): Where {
  const clauses: string[] = []
  const params: unknown[] = []
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause)
    params.push(...values)
  }
  const statuses = [...new Set(f.status)]
  const allOpen = statuses.length === openStatuses.length && openStatuses.every((s) => statuses.includes(s))
  // The exact open-status term lets SQLite use the partial index of open cases (overdue brings its own).
  if (allOpen && f.overdue !== true) add(`c.${OPEN_SQL}`)
  if (statuses.length > 0 && !allOpen) add(`c.status IN (${statuses.map(() => '?').join(', ')})`, ...statuses)
  if (f.overdue === true) add(overdueNowSql('?'), today)
  if (f.overdue === false) add(`NOT (${overdueNowSql('?')})`, today)
  if (f.areaId) add('c.area_id = ?', f.areaId)
  if (f.subjectId) add('c.subject_id = ?', f.subjectId)
  if (f.subjectKindId) add('c.subject_kind_id = ?', f.subjectKindId)
  if (f.categoryId) add('c.category_id = ?', f.categoryId)
  if (f.severity) add('c.severity = ?', f.severity)
  if (f.source) add('c.source = ?', f.source)
  if (f.inspectionId) add('c.inspection_id = ?', f.inspectionId)
  if (f.campaignId) add('c.campaign_id = ?', f.campaignId)
  if (f.foundFrom) add('c.found_date >= ?', f.foundFrom)
  if (f.foundTo) add('c.found_date <= ?', f.foundTo)
  if (f.deadlineFrom) add('c.deadline >= ?', f.deadlineFrom)
  if (f.deadlineTo) add('c.deadline <= ?', f.deadlineTo)
  const text = caseTextPredicate(f.text, textMode === 'filter' ? '+c.rid' : 'c.rid', shortAs, textMode !== 'joined')
  if (text?.sql) add(text.sql, ...text.params)
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

export function orderBy(sort: CaseSortField, order: 'asc' | 'desc'): string {
  const dir = order === 'desc' ? 'DESC' : 'ASC'
  return `${ORDER[sort].replace('DIR', dir)} ${dir}, c.rid ${dir}`
}

function matchCount(db: Db, text: string): number | null {
  const match = caseTextPredicate(text, 'c.rid')?.match
  if (!match) return null
  return (stmt(db, `SELECT count(*) AS n FROM (${match.sql})`).get(...match.params) as { n: number }).n
}

/** Whether the other filters leave few enough candidates to check 1–2 character terms one by one. */
function shortTermMode(db: Db, q: CaseFilterQuery, today: string): ShortTermMode {
  if (!caseTextPredicate(q.text, 'c.rid')?.short) return 'check'
  const others = caseWhere({ ...q, text: '' }, today)
  const n = (stmt(db, `SELECT count(*) AS n FROM (SELECT 1 FROM cases c ${others.sql} LIMIT ?)`).get(...others.params, CHECK_UP_TO + 1) as { n: number }).n
  return n > CHECK_UP_TO ? 'scan' : 'check'
}

export interface ListStatements {
  page: Where
  count: Where
}

/**
 * The two statements of a list: the page, chosen on `cases` alone and then joined for the names
 * it shows, and the count. A text filter of 3+ characters with few matches drives the query (its
 * matches are checked in the narrow rid index); with many matches the page is found by walking
 * the sort order instead.
 */
export function listStatements(db: Db, q: CaseListQuery, today: string): ListStatements {
  const matches = matchCount(db, q.text)
  const drive = matches !== null && matches <= WALK_ABOVE
  const walk = matches !== null && !drive && SORT_INDEX[q.sort] !== undefined
  const index = drive ? 'INDEXED BY cases_rid' : walk ? `INDEXED BY ${SORT_INDEX[q.sort]}` : ''
  const order = orderBy(q.sort, q.order)
  const shortAs = shortTermMode(db, q, today)
  const p = caseWhere(q, today, drive ? 'drive' : 'filter', shortAs)
  // Counting every match is cheapest streaming the matches into the rid index, one lookup each.
  const match = caseTextPredicate(q.text, 'c.rid')?.match
  const counted = match ? caseWhere(q, today, 'joined', shortAs) : p
  const from = match ? `(${match.sql}) m CROSS JOIN cases c INDEXED BY cases_rid ON c.rid = m.rid` : 'cases c'
  return {
    page: {
      sql: `SELECT ${CASE_COLUMNS} FROM (SELECT c.rid FROM cases c ${index} ${p.sql} ORDER BY ${order} LIMIT ? OFFSET ?) p
     CROSS JOIN cases c ON c.rid = p.rid ${CASE_JOINS} ORDER BY ${order}`,
      params: [...p.params, q.pageSize, offsetOf(q.page, q.pageSize)],
    },
    count: { sql: `SELECT count(*) AS n FROM ${from} ${counted.sql}`, params: [...(match?.params ?? []), ...counted.params] },
  }
}

export function list(db: Db, q: CaseListQuery, today: string): { rows: Case[]; total: number } {
  const s = listStatements(db, q, today)
  const rows = stmt(db, s.page.sql).all(...s.page.params) as CaseRow[]
  const total = (stmt(db, s.count.sql).get(...s.count.params) as { n: number }).n
  return { rows: rows.map((r) => toCase(r, today)), total }
}
