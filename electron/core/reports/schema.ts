import type { FieldworkFigures } from '../inspections/schema'
import type { CampaignFigures } from '../reporting/types'
import { z } from 'zod'
import type { Case, CaseFilter } from '../cases/schema'
import type { Page } from '../paging'
import { id, isoDate, oneOf, page, pageSize, text } from '../validation'

/** Counts of cases a summary gives; each is one SQL query over `cases` (see figures/). */
export const caseFigureKeys = ['found', 'closed', 'foundClosed', 'openAtStart', 'openAtEnd', 'overdueAtEnd', 'supervisedStarted', 'supervisedAtEnd'] as const
export type CaseFigureKey = (typeof caseFigureKeys)[number]

/** How the found (and the other) cases are broken down. */
export const dimensions = ['area', 'category', 'subjectKind', 'severity'] as const
export type Dimension = (typeof dimensions)[number]

/** The longest period a summary covers: its trend has one bar per month. */
export const MAX_PERIOD_DAYS = 3660

const periodShape = {
  /** e.g. 2024Q1; or from and to */
  quarter: z
    .string({ error: '季度必须是文字' })
    .trim()
    .toUpperCase()
    .regex(/^\d{4}Q[1-4]$/, '季度格式应为“2024Q1”')
    .optional(),
  from: isoDate('起始日期').optional(),
  to: isoDate('截止日期').optional(),
  /** only the records tagged with this campaign (专项行动) */
  campaignId: id('专项行动').optional(),
}

interface PeriodInput {
  quarter?: string | undefined
  from?: string | undefined
  to?: string | undefined
}

/** A quarter, or both dates with from ≤ to, never both ways at once. */
function checkPeriod(p: PeriodInput, ctx: z.RefinementCtx): void {
  if (p.quarter !== undefined) {
    if (p.from !== undefined || p.to !== undefined) ctx.addIssue({ code: 'custom', message: '请选择季度，或填写起止日期，二者只选其一', path: ['quarter'] })
    return
  }
  if (p.from === undefined) return ctx.addIssue({ code: 'custom', message: '请填写起始日期（或选择季度）', path: ['from'] })
  if (p.to === undefined) return ctx.addIssue({ code: 'custom', message: '请填写截止日期', path: ['to'] })
  if (p.to < p.from) return ctx.addIssue({ code: 'custom', message: '截止日期不能早于起始日期', path: ['to'] })
  const days = (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1
  if (days > MAX_PERIOD_DAYS) ctx.addIssue({ code: 'custom', message: '汇总期间不能超过10年', path: ['to'] })
}

export const summarySchema = z.strictObject(periodShape).superRefine(checkPeriod)

export const recordsSchema = z
  .strictObject({
    ...periodShape,
    figure: oneOf('统计项', caseFigureKeys),
    dimension: oneOf('分组方式', dimensions).optional(),
    groupId: id('分组').optional(),
    page: page(),
    pageSize: pageSize(),
  })
  .superRefine((r, ctx) => {
    checkPeriod(r, ctx)
    if ((r.dimension === undefined) !== (r.groupId === undefined)) ctx.addIssue({ code: 'custom', message: '分组方式和分组须同时给出', path: ['groupId'] })
  })

export const exportDocxSchema = z
  .strictObject({
    ...periodShape,
    /** 文号 when the report is being issued; left blank to be written in by hand otherwise */
    number: text('文号', 60).optional(),
    recipients: text('主送机关', 200).optional(),
  })
  .superRefine(checkPeriod)

export const exportXlsxSchema = summarySchema

export type SummaryArgs = z.input<typeof summarySchema>
export type RecordsArgs = z.input<typeof recordsSchema>
export type ExportDocxArgs = z.input<typeof exportDocxSchema>

export type PeriodKind = 'month' | 'quarter' | 'halfYear' | 'year' | 'custom'

export interface Period {
  from: string
  to: string
  kind: PeriodKind
  /** 2024年第一季度, 2024年3月, or the range itself */
  label: string
  /** 2024年1月1日至2024年3月31日 */
  range: string
  days: number
  /** set when the summary counts one campaign's records only */
  campaignId?: string
  campaignName?: string
}

/** What `reports/records` takes to list the cases behind one number. */
export interface RecordsRef {
  figure: CaseFigureKey
  from: string
  to: string
  campaignId?: string
  dimension?: Dimension
  groupId?: string
}

/**
 * One number: the count, the case-list filter that lists exactly these cases when the case list
 * can express it (null when it cannot, e.g. a closure date), and the reference that always can.
 */
export interface CaseCount {
  count: number
  filter: CaseFilter | null
  records: RecordsRef
}

/** numerator ÷ denominator; percent to one decimal, null when the denominator is 0. */
export interface Rate {
  numerator: number
  denominator: number
  percent: number | null
}

export interface PeriodFigures {
  period: Period
  found: CaseCount
  closed: CaseCount
  foundClosed: CaseCount
  /** 整改率 = foundClosed ÷ found */
  rate: Rate
  /** closed ÷ found: closures of older hazards included, may pass 100 % */
  closedRatio: Rate
  openAtStart: CaseCount
  openAtEnd: CaseCount
  overdueAtEnd: CaseCount
  majorFound: CaseCount
  majorClosed: CaseCount
  /** put under 挂牌督办 in the period */
  supervisedStarted: CaseCount
  /** under 挂牌督办 at the period's end */
  supervisedAtEnd: CaseCount
}

export interface GroupRow {
  id: string
  name: string
  found: CaseCount
  foundClosed: CaseCount
  rate: Rate
  closed: CaseCount
  openAtEnd: CaseCount
  overdueAtEnd: CaseCount
}

export interface Breakdown {
  dimension: Dimension
  /** 按村(社区) */
  title: string
  /** 村(社区) */
  groupLabel: string
  rows: GroupRow[]
}

export interface MonthRow {
  /** 2024-03 */
  month: string
  /** 3月, or 2023年12月 when the period spans years */
  label: string
  from: string
  to: string
  found: CaseCount
  closed: CaseCount
}

export interface KindCount {
  kind: string
  name: string
  count: number
}

/** A count by kind (documents issued, interviews held), every kind listed, 0 included. */
export interface KindCounts {
  total: number
  byKind: KindCount[]
}

/** One term of the report's 统计口径, with the query that reproduces it for this period. */
export interface Definition {
  term: string
  text: string
  sql?: string
}

/** Which data the figures were taken from, and when. */
export interface ReportSource {
  takenAt: string
  today: string
  /** null for an in-memory database (tests) */
  dataFile: string | null
  schemaVersion: number
  /** cases in the ledger (voided ones not counted) and those voided */
  cases: number
  voided: number
  /** the latest change to any case */
  lastChangeAt: string | null
}

export interface ReportSummary {
  period: Period
  previous: Period
  current: PeriodFigures
  prior: PeriodFigures
  breakdowns: Breakdown[]
  trend: MonthRow[]
  /** documents registered as issued in the period, voided ones left out */
  documents: KindCounts
  /** interviews held in the period */
  interviews: KindCounts
  /** 检查率 and 回头看 of the period */
  fieldwork: FieldworkFigures
  /** every campaign running in the period: tasks done / due / overdue, reports received / late / missing */
  campaigns: CampaignFigures[]
  definitions: Definition[]
  source: ReportSource
}

/** A file for the renderer to save, the same shape as export/list's. */
export interface ReportFile {
  fileName: string
  dataBase64: string
}

/** A case behind a number, with the deadline that was in force at the end of the number's period. */
export interface RecordCase extends Case {
  deadlineAtEnd: string
}

export type RecordsPage = Page<RecordCase>

/** A stage of making a report file: the figures counted, the charts drawn (Word only), the file written. */
export type ReportStage = 'figures' | 'charts' | 'write'

/** How far a report file is (event `reports/progress`): the stage begun, `done` of `total` stages finished before it. */
export interface ReportProgress {
  kind: 'docx' | 'xlsx'
  stage: ReportStage
  done: number
  total: number
}
