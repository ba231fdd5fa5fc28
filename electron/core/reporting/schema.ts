import { z } from 'zod'
import { flag, id, isoDate, oneOf, requiredText, text } from '../validation'
import { incidentFields } from '../incidents/schema'
import type { DocumentFormDraft } from '../escalation/schema'
import type { Period, Standing, StandingCounts } from './types'

const RHYTHM = /^(weekly:[1-7]|monthly(:([1-9]|[12]\d|3[01]))?|quarterly)$/

const days = (label: string) => z.number({ error: `${label}必须是数字` }).int(`${label}必须是整数`).min(0, `${label}不能为负数`).max(60, `${label}不能超过60天`)

export const ownerGroups = ['villages', 'campaign_units'] as const
export type OwnerGroup = (typeof ownerGroups)[number]
export const ownerGroupLabels: Record<OwnerGroup, string> = { villages: '各村（社区）', campaign_units: '各有关单位' }

const fields = {
  name: requiredText('报送事项', 80),
  rhythm: z.string({ error: '请选择报送频次' }).regex(RHYTHM, '报送频次应为每周几、每月几日、每月底或每季度末'),
  remindDays: days('提前提醒天数'),
  graceDays: days('迟报截止天数'),
  startDate: isoDate('起报日期').nullable(),
  endDate: isoDate('止报日期').nullable(),
  ownerGroup: oneOf('报送单位范围', ownerGroups).nullable(),
  unitIds: z.array(id('报送单位'), { error: '报送单位必须是列表' }).max(500, '报送单位最多500个'),
  figureLabels: z.array(requiredText('报送数字项', 20), { error: '报送数字项必须是列表' }).max(20, '报送数字项最多20个'),
  withIncidents: flag('附火灾事故登记台账'),
}

export const rhythmCreateSchema = z.strictObject({
  campaignId: id('专项行动'),
  ...fields,
  remindDays: fields.remindDays.default(2),
  graceDays: fields.graceDays.default(3),
  startDate: fields.startDate.default(null),
  endDate: fields.endDate.default(null),
  ownerGroup: fields.ownerGroup.default(null),
  unitIds: fields.unitIds.default([]),
  figureLabels: fields.figureLabels.default([]),
  withIncidents: fields.withIncidents.default(false),
})
export const rhythmUpdateSchema = z.strictObject({ id: id('报送事项'), ...z.strictObject(fields).partial().shape })
export const rhythmVoidSchema = z.strictObject({ id: id('报送事项'), reason: requiredText('作废原因', 200) })
export const rhythmListSchema = z.strictObject({ campaignId: id('专项行动') })

export const submissionRecordSchema = z.strictObject({
  rhythmId: id('报送事项'),
  unitId: id('报送单位'),
  periodKey: requiredText('报送期次', 10),
  receivedDate: isoDate('收到日期'),
  content: text('报送内容', 5000).default(''),
  figures: z
    .record(z.string().max(20), z.number({ error: '报送数字必须是数字' }).finite().min(0, '报送数字不能为负数'), { error: '报送数字必须是字段列表' })
    .default({}),
  incidents: z.array(z.strictObject(incidentFields), { error: '火灾事故必须是列表' }).max(200, '一次最多登记200起火灾事故').default([]),
  fileName: text('附件文件名', 200).optional(),
  fileBase64: z.string().max(Math.ceil((20 * 1024 * 1024) / 3) * 4, '附件过大（不能超过 20MB）').optional(),
})
export const submissionVoidSchema = z.strictObject({ id: id('报送记录'), reason: requiredText('作废原因', 200) })

export const periodArgsSchema = z.strictObject({ rhythmId: id('报送事项'), periodKey: requiredText('报送期次', 10) })
export const chaseSchema = z.strictObject({
  rhythmId: id('报送事项'),
  periodKey: requiredText('报送期次', 10),
  method: oneOf('催报方式', ['letter', 'list'] as const),
  data: z.record(z.string(), z.unknown(), { error: '文书内容必须是字段列表' }).optional(),
})

export type RhythmCreate = z.input<typeof rhythmCreateSchema>
export type RhythmUpdate = z.input<typeof rhythmUpdateSchema>
export type RhythmVoid = z.input<typeof rhythmVoidSchema>
export type SubmissionRecord = z.input<typeof submissionRecordSchema>
export type SubmissionVoid = z.input<typeof submissionVoidSchema>
export type PeriodArgs = z.input<typeof periodArgsSchema>
export type ChaseArgs = z.input<typeof chaseSchema>

export interface OwedUnit {
  id: string
  name: string
  unitType: 'department' | 'village'
  contactName: string
  contactPhone: string
}

export interface ReportRhythm {
  id: string
  campaignId: string
  campaignName: string
  name: string
  rhythm: string
  /** 每周四 / 每月26日前 … */
  rhythmLabel: string
  remindDays: number
  graceDays: number
  startDate: string | null
  /** the first day it is owed: startDate, or else the later of the campaign's start and the day it was entered */
  owedFrom: string
  endDate: string | null
  ownerGroup: OwnerGroup | null
  unitIds: string[]
  figureLabels: string[]
  withIncidents: boolean
  /** the owing units resolved today (groups expanded) */
  owedUnits: OwedUnit[]
  voidedAt: string | null
  createdAt: string
  updatedAt: string
}

export interface Submission {
  id: string
  rhythmId: string
  rhythmName: string
  campaignId: string
  unitId: string
  unitName: string
  periodKey: string
  periodLabel: string
  due: string
  cutoff: string
  receivedDate: string
  standing: Standing
  content: string
  figures: Record<string, number>
  fileId: string | null
  fileName: string | null
  incidentIds: string[]
  voidedAt: string | null
  voidReason: string | null
  createdAt: string
  createdBy: string
}

/** One cell of the overview: where a unit stands for a period, and the submission behind it. */
export interface OverviewCell {
  standing: Standing
  submissionId: string | null
  receivedDate: string | null
}

export interface ReportOverview {
  rhythm: ReportRhythm
  today: string
  periods: (Period & { counts: StandingCounts; reminders: number })[]
  units: (OwedUnit & { counts: StandingCounts })[]
  /** cells[u][p]: units[u] for periods[p] */
  cells: OverviewCell[][]
  totals: StandingCounts
  /** the period today falls in, or the last one; the overview opens on it */
  currentKey: string | null
}

export interface ChaseTarget {
  rhythm: ReportRhythm
  period: Period
  units: (OwedUnit & { standing: Standing })[]
  reminders: { id: string; date: string; method: 'letter' | 'list'; documentNumber: string | null; units: number }[]
}

/** The 催报 letter filled in for every unit not yet in, to check and edit before issuing. */
export interface ChaseDraft extends ChaseTarget {
  letter: DocumentFormDraft
}

export interface ChaseResult {
  reminderId: string
  units: OwedUnit[]
  documentId: string | null
  number: string | null
  path: string | null
}

/** A report due this week or already missing, for the dashboard. */
export interface DueReport {
  rhythmId: string
  rhythmName: string
  campaignId: string
  campaignName: string
  periodKey: string
  periodLabel: string
  due: string
  cutoff: string
  owed: number
  received: number
  /** owing units with nothing in hand (待报, 逾期未报 or 漏报) */
  outstanding: number
  missing: number
}
