import { z } from 'zod'
import type { CaseSeverity, CaseStatus } from '../cases/schema'
import type { RiskColor } from '../subjects/schema'
import { text } from '../validation'

export const searchSchema = z.strictObject({
  text: text('搜索内容', 100),
  /** Rows per group. */
  limit: z.number({ error: '条数必须是数字' }).int('条数必须是整数').min(1, '条数至少为1').max(50, '条数不能超过50').default(10),
})

export type SearchArgs = z.input<typeof searchSchema>

/** Matches are counted up to this many; beyond it a group says "at least". */
export const SEARCH_COUNT_CAP = 1000

/**
 * A term of 1–2 characters is looked for in every record's text (no trigram can serve it), newest
 * first, so counting stops at the cap: a word as common as 消防 stops within a few hundred rows,
 * but 1 000 matches of a rarer one meant reading most of the ledger (issue 15: under 10 ms). The
 * group then says 200+, and the case list behind it counts them all.
 */
export const SHORT_TERM_COUNT_CAP = 200

export interface SubjectHit {
  id: string
  name: string
  address: string
  kindName: string
  areaName: string
  responsibleName: string
  riskColor: RiskColor
  voided: boolean
}

export interface CaseHit {
  id: string
  number: string
  subjectName: string
  areaName: string
  description: string
  status: CaseStatus
  severity: CaseSeverity
  deadline: string
  overdue: boolean
}

export interface SearchGroup<T> {
  /** Newest first. */
  rows: T[]
  /** How many records match, counted up to SEARCH_COUNT_CAP (SHORT_TERM_COUNT_CAP for a 1–2 character term). */
  total: number
  /** True when more than `total` match (show "1000+"). */
  atLeast: boolean
}

/** Results grouped by type. */
export interface SearchResult {
  text: string
  subjects: SearchGroup<SubjectHit>
  cases: SearchGroup<CaseHit>
}
