import type { CaseFilter } from '../../cases/schema'
import type { CaseFigureKey } from '../schema'

/** A WHERE clause on `cases c` with its named parameters (@from, @to…). */
export interface SqlWhere {
  sql: string
  params: Record<string, string>
}

export interface Range {
  from: string
  to: string
  /** a summary of one campaign counts only the records tagged with it */
  campaignId?: string | undefined
}

/**
 * One count of cases over a period: its name, its definition as the report states it, and the
 * SQL that selects its cases. Counting, breaking down, the monthly trend and the list of records
 * behind a number all use this one WHERE clause, so they cannot disagree.
 */
export interface CaseFigure {
  readonly key: CaseFigureKey
  readonly label: string
  readonly definition: string
  where(p: Range): SqlWhere
  /** the case-list filter that lists exactly these cases, when the case list can express it */
  filter(p: Range): CaseFilter | null
}
