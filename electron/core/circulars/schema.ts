import { z } from 'zod'
import type { DocumentFormDraft, IssuedStep } from '../escalation/schema'
import type { UnitLagging } from '../tasks/schema'
import { id, isoDate } from '../validation'

const period = {
  from: isoDate('起始日期'),
  to: isoDate('截止日期'),
  /** 责任单位 with overdue campaign tasks to name (the 通报 rung of the task ladder), from the lagging panel */
  taskUnitIds: z.array(id('责任单位'), { error: '责任单位必须是列表' }).max(200, '一次通报最多点名200个责任单位').default([]),
  /** the campaign whose lagging panel asked; its tasks only */
  campaignId: id('专项行动').optional(),
}

const checkPeriod = (p: { from: string; to: string }, ctx: z.RefinementCtx): void => {
  if (p.to < p.from) ctx.addIssue({ code: 'custom', message: '截止日期不能早于起始日期', path: ['to'] })
}

export const circularDraftSchema = z.strictObject(period).superRefine(checkPeriod)

export const circularIssueSchema = z
  .strictObject({
    ...period,
    data: z.record(z.string(), z.unknown(), { error: '文书内容必须是字段列表' }),
    /** the cases of the units named for criticism (通报批评), as staff left them after editing */
    caseIds: z.array(id('隐患'), { error: '隐患必须是列表' }).max(5000, '一次通报最多点名5000条隐患').default([]),
  })
  .superRefine(checkPeriod)

export type CircularDraftArgs = z.input<typeof circularDraftSchema>
export type CircularIssueArgs = z.input<typeof circularIssueSchema>

/** A percentage of two counts, to one decimal; null when nothing was found. */
export interface Ratio {
  numerator: number
  denominator: number
  percent: number | null
}

/** The figures of a 工作通报 for [from, to]; each is one plain SQL count over the ledger. */
export interface CircularFigures {
  /** units with an inspection or a hazard found in the period */
  unitsChecked: number
  /** hazards found in the period (voided ones not counted) */
  found: number
  /** hazards struck off (销号) in the period, whenever found */
  closedInPeriod: number
  /** of those found in the period, struck off by its end ÷ found */
  rate: Ratio
  majorFound: number
  majorClosed: number
  /** overdue at the end of the period (cases/overdue), as the ledger stood then */
  overdueAtEnd: number
  /** under 挂牌督办 at the end of the period */
  underSupervision: number
  interviewsHeld: number
  warningLetters: number
  noticeLetters: number
}

export interface AreaLag {
  areaId: string
  areaName: string
  found: number
  closed: number
  rate: Ratio
  overdueAtEnd: number
  majorOverdue: number
  /** major hazards found by the period's end and not struck off then */
  openMajor: number
  /** 1 = the worst: by overdue hazards, then open major hazards */
  rank: number
  /** named for criticism: the worst village (with any tied with it), when it has overdue hazards */
  lagging: boolean
}

export interface UnitLag {
  subjectId: string
  subjectName: string
  areaName: string
  overdueCases: number
  majorOverdue: number
  maxOverdueDays: number
  caseIds: string[]
}

export interface CircularDraft {
  from: string
  to: string
  figures: CircularFigures
  areas: AreaLag[]
  /** units with hazards overdue long enough to be named (the 通报 rung of the ladder) or an overdue major hazard */
  units: UnitLag[]
  /** 责任单位 named for overdue campaign tasks, as they stand today */
  taskUnits: UnitLagging[]
  document: DocumentFormDraft
}

export interface CircularIssued extends IssuedStep {
  /** the cases recorded as named in this circular */
  caseIds: string[]
  /** the 责任单位 recorded as named for their overdue tasks */
  taskUnitIds: string[]
}
