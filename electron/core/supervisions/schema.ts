import { z } from 'zod'
import type { IssuedStep, LinkedCase, LinkedDocument } from '../escalation/schema'
import { id, isoDate, oneOf, page, pageSize, phone, requiredText, text, withDefaults } from '../validation'
import type { RecordStamps } from '../stamps/types'

/** How often the unit reports progress while under supervision. */
export const reportRhythms = ['weekly', 'fortnightly', 'monthly'] as const
export type ReportRhythm = (typeof reportRhythms)[number]
export const reportRhythmLabels: Record<ReportRhythm, string> = { weekly: '每周', fortnightly: '每半月', monthly: '每月' }

/** active (挂牌) → lifted (摘牌, only after the case is struck off); or voided when entered by mistake. */
export const supervisionStatuses = ['active', 'lifted', 'voided'] as const
export type SupervisionStatus = (typeof supervisionStatuses)[number]
export const supervisionStatusLabels: Record<SupervisionStatus, string> = { active: '督办中', lifted: '已摘牌', voided: '已作废' }

const fields = {
  caseId: id('隐患'),
  /** the supervising office; the office's own name when left out */
  office: requiredText('督办单位', 60),
  leadDepartment: requiredText('牵头部门', 60),
  supportingDepartments: z.array(requiredText('配合部门', 60), { error: '配合部门必须是列表' }).max(20, '配合部门不能超过20个'),
  responsiblePerson: requiredText('整改责任人', 20),
  responsiblePhone: phone('责任人电话'),
  // 五落实: 责任、措施、资金、时限、预案.
  duty: requiredText('责任落实', 500),
  measures: requiredText('措施落实', 1000),
  funding: requiredText('资金落实', 500),
  fixDeadline: isoDate('整改时限'),
  contingency: requiredText('预案落实', 1000),
  /** the day it was put under supervision; today when left out */
  startDate: isoDate('挂牌日期'),
  supervisionDeadline: isoDate('督办期限'),
  reportRhythm: oneOf('报告频次', reportRhythms),
}

export const supervisionCreateSchema = z.strictObject({
  ...withDefaults(fields, { supportingDepartments: [], responsiblePhone: '' }),
  office: fields.office.optional(),
  startDate: fields.startDate.optional(),
})

export const supervisionReportSchema = z.strictObject({
  id: id('督办'),
  date: isoDate('报告日期'),
  progress: requiredText('整改进展', 2000),
  reportedBy: text('报告人', 40).default(''),
})

export const supervisionLiftSchema = z.strictObject({
  id: id('督办'),
  date: isoDate('摘牌日期'),
  note: text('摘牌说明', 500).default(''),
})

export const supervisionVoidSchema = z.strictObject({ id: id('督办'), reason: requiredText('作废原因', 500) })

export const supervisionListSchema = z.strictObject({
  status: oneOf('状态', [...supervisionStatuses, 'live', 'all'] as const).default('live'),
  caseId: id('隐患').optional(),
  campaignId: id('专项行动').optional(),
  page: page(),
  pageSize: pageSize(),
})

export const supervisionIssueSchema = z.strictObject({
  id: id('督办'),
  data: z.record(z.string(), z.unknown(), { error: '文书内容必须是字段列表' }),
})

export type SupervisionCreate = z.input<typeof supervisionCreateSchema>
export type SupervisionReportArgs = z.input<typeof supervisionReportSchema>
export type SupervisionLift = z.input<typeof supervisionLiftSchema>
export type SupervisionVoid = z.input<typeof supervisionVoidSchema>
export type SupervisionListArgs = z.input<typeof supervisionListSchema>
export type SupervisionIssueArgs = z.input<typeof supervisionIssueSchema>

export interface ProgressReport {
  id: string
  date: string
  progress: string
  reportedBy: string
  createdAt: string
  createdBy: string
}

/** What a 督办 plan sets out: the same facts as written by 挂牌督办 and as read back. */
export interface SupervisionPlan {
  office: string
  leadDepartment: string
  supportingDepartments: string[]
  responsiblePerson: string
  responsiblePhone: string
  duty: string
  measures: string
  funding: string
  fixDeadline: string
  contingency: string
  startDate: string
  supervisionDeadline: string
  reportRhythm: ReportRhythm
}

export interface Supervision extends RecordStamps, SupervisionPlan {
  id: string
  /** the 专项行动 it belongs to, when tagged */
  campaignId: string | null
  caseId: string
  caseNumber: string
  subjectName: string
  status: SupervisionStatus
  lastReport: string | null
  /** Computed: when the next progress report is due (null once lifted or voided). */
  nextReportDue: string | null
  reportOverdueDays: number
  liftedDate: string | null
  liftedBy: string | null
  liftNote: string
}

export interface SupervisionDetail extends Supervision {
  case: LinkedCase
  /** oldest first */
  reports: ProgressReport[]
  documents: LinkedDocument[]
  /** 摘牌 is allowed: the case is struck off (销号) */
  canLift: boolean
}

export interface SupervisionIssued {
  document: IssuedStep
  supervision: SupervisionDetail
}

/** A supervision filled in from its case, for the form staff complete. */
export interface SupervisionPlanDraft {
  plan: SupervisionCreate & { supportingDepartments: string[] }
  case: LinkedCase
}
