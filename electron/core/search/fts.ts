import { SEARCH_COUNT_CAP, SHORT_TERM_COUNT_CAP } from './schema'

/**
 * Turns what a user typed into the set of matching records. Each record has one lower-cased text
 * row (case_search, subject_search) indexed by a trigram FTS5 table: a term of three or more
 * characters is found through MATCH; shorter terms cannot use a trigram index and are looked for
 * with instr() over the narrow text table. Every term must be found (AND).
 */
export const MIN_MATCH_LENGTH = 3

export interface RidQuery {
  /** SELECT rid … of the matching records. */
  sql: string
  params: string[]
  /** how many of them are worth counting */
  countCap: number
}

const TABLES = {
  case: { fts: 'cases_fts', text: 'case_search' },
  subject: { fts: 'subjects_fts', text: 'subject_search' },
} as const

/** A term as an FTS5 string: quoted, so that operators and punctuation in it mean themselves. */
export const ftsString = (term: string): string => `"${term.replace(/"/g, '""')}"`

/** The stored text is lower-cased the way SQLite's lower() does it: ASCII letters only. */
const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

export function terms(text: string): string[] {
  return text.split(/[\s\u3000]+/).filter((t) => t.length > 0)
}

/** The rids of `kind` records containing every term of `text`; null when nothing was typed. */
export function matchingRids(kind: keyof typeof TABLES, text: string): RidQuery | null {
  const all = terms(text)
  if (all.length === 0) return null
  const { fts, text: table } = TABLES[kind]
  const long = all.filter((t) => [...t].length >= MIN_MATCH_LENGTH)
  const short = all.filter((t) => [...t].length < MIN_MATCH_LENGTH).map(asciiLower)
  const match = long.map(ftsString).join(' AND ')
  const contains = short.map(() => 'instr(t.text, ?) > 0').join(' AND ')
  if (short.length === 0) return { sql: `SELECT rowid AS rid FROM ${fts} WHERE ${fts} MATCH ?`, params: [match], countCap: SEARCH_COUNT_CAP }
  if (long.length === 0) return { sql: `SELECT t.rid FROM ${table} t WHERE ${contains}`, params: short, countCap: SHORT_TERM_COUNT_CAP }
  return {
    sql: `SELECT t.rid FROM ${fts} JOIN ${table} t ON t.rid = ${fts}.rowid WHERE ${fts} MATCH ? AND ${contains}`,
    params: [match, ...short],
    countCap: SEARCH_COUNT_CAP,
  }
}

/**
 * How 1–2 character terms are tested in the case list: 'check' looks at each candidate's text
 * (cheap when other filters leave few candidates), 'scan' reads every case's text once.
 */
export type ShortTermMode = 'check' | 'scan'

/**
 * The same condition as a predicate on a case's rid (`ridExpr`), for the case list: 3+ character
 * terms as membership in the MATCH results (`match` is that subquery; `withMatch` false leaves it
 * out for a caller that joins the matches itself), shorter ones as `shortAs` says.
 */
export function caseTextPredicate(
  text: string,
  ridExpr: string,
  shortAs: ShortTermMode = 'check',
  withMatch = true,
): { sql: string; params: string[]; match: RidQuery | null; short: number } | null {
  const all = terms(text)
  if (all.length === 0) return null
  const long = all.filter((t) => [...t].length >= MIN_MATCH_LENGTH)
  const short = all.filter((t) => [...t].length < MIN_MATCH_LENGTH).map(asciiLower)
  const match: RidQuery | null = long.length
    ? { sql: 'SELECT rowid AS rid FROM cases_fts WHERE cases_fts MATCH ?', params: [long.map(ftsString).join(' AND ')], countCap: SEARCH_COUNT_CAP }
    : null
  const contains = short.map(() => 'instr(t.text, ?) > 0').join(' AND ')
  const inMatch = match !== null && withMatch
  const clauses = [
    ...(inMatch ? [`${ridExpr} IN (${match.sql})`] : []),
    ...(short.length === 0
      ? []
      : shortAs === 'scan'
        ? [`${ridExpr} IN (SELECT t.rid FROM case_search t WHERE ${contains})`]
        : short.map(() => `instr((SELECT t.text FROM case_search t WHERE t.rid = ${ridExpr}), ?) > 0`)),
  ]
  return { sql: clauses.join(' AND '), params: [...(inMatch ? match.params : []), ...short], match, short: short.length }
}
