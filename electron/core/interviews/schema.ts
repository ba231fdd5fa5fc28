import { z } from 'zod'
import { stripListNumber } from '../text'
import type { IssuedStep, LinkedCase, LinkedDocument } from '../escalation/schema'
import { id, isoDate, oneOf, page, pageSize, phone, requiredText, text, withDefaults } from '../validation'
import type { RecordStamps } from '../stamps/types'

/** 警示约谈, 提醒约谈, 督办约谈, 工作约谈 (DOMAIN.md). */
export const interviewKinds = ['warning', 'reminder', 'supervision', 'work'] as const
export type InterviewKind = (typeof interviewKinds)[number]
export const interviewKindLabels: Record<InterviewKind, string> = {
  warning: '警示约谈',
  reminder: '提醒约谈',
  supervision: '督办约谈',
  work: '工作约谈',
}

/** planned (通知 may be issued) → held (minutes recorded) → minuted (约谈笔录 issued); or voided. */
export const interviewStatuses = ['planned', 'held', 'minuted', 'voided'] as const
export type InterviewStatus = (typeof interviewStatuses)[number]
export const interviewStatusLabels: Record<InterviewStatus, string> = {
  planned: '已安排',
  held: '已约谈',
  minuted: '已出具笔录',
  voided: '已作废',
}

/** Date and time of an appointment, e.g. 2024-03-26T09:30 (local time). */
export const dateTime = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${label}格式应为 YYYY-MM-DDTHH:mm`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}:00Z`)) && new Date(`${s}:00Z`).toISOString().startsWith(s), `${label}不是有效时间`)

const interviewee = z.strictObject({
  name: requiredText('被约谈人姓名', 20),
  unit: requiredText('被约谈人单位', 100),
  post: text('被约谈人职务', 40).default(''),
  phone: phone('被约谈人电话').default(''),
})

const planFields = {
  kind: oneOf('约谈类别', interviewKinds),
  caseIds: z.array(id('隐患'), { error: '隐患必须是列表' }).max(200, '一次约谈最多关联200条隐患'),
  subjectId: id('被约谈单位').nullable(),
  areaId: id('被约谈村(社区)').nullable(),
  /** a town department or another organ, when the interviewee is not a registered unit */
  orgName: text('被约谈部门', 100),
  interviewees: z.array(interviewee, { error: '请填写被约谈人' }).min(1, '请至少填写一名被约谈人').max(20, '被约谈人不能超过20人'),
  interviewers: requiredText('约谈人', 100),
  recorder: text('记录人', 20),
  plannedAt: dateTime('约谈时间'),
  place: requiredText('约谈地点', 100),
  reason: requiredText('约谈事由', 2000),
  bring: text('需携带的材料', 1000),
}

export const interviewCreateSchema = z.strictObject(
  withDefaults(planFields, { caseIds: [], subjectId: null, areaId: null, orgName: '', recorder: '', bring: '' }),
)

/** The plan may be corrected until the minutes are issued; the cases it concerns stay as planned. */
const { caseIds: _caseIds, ...editable } = planFields
export const interviewUpdateSchema = z.strictObject({
  id: id('约谈'),
  ...z.strictObject(editable).partial().shape,
  expectedUpdatedAt: z.string().optional(),
})

const exchange = z.strictObject({
  question: requiredText('问', 2000),
  answer: requiredText('答', 2000),
})

const commitmentFields = {
  // 「1.2024年3月底前…」 is item 1: the number typed is list numbering, which the minutes add themselves.
  content: requiredText('承诺内容', 500).transform(stripListNumber),
  deadline: isoDate('承诺期限'),
}

export const recordMinutesSchema = z.strictObject({
  id: id('约谈'),
  startedAt: dateTime('开始时间'),
  endedAt: dateTime('结束时间'),
  place: requiredText('约谈地点', 100).optional(),
  recorder: requiredText('记录人', 20),
  attendees: text('参加人员', 500).default(''),
  exchanges: z.array(exchange, { error: '请填写问答记录' }).min(1, '请至少记录一问一答').max(200, '问答不能超过200组'),
  /** The commitments as the minutes hold them: an id keeps (and may edit) one recorded before; one left out is voided. */
  commitments: z
    .array(z.strictObject({ id: id('承诺').optional(), ...commitmentFields }), { error: '承诺必须是列表' })
    .max(50, '承诺不能超过50条')
    .default([]),
})

export const addCommitmentSchema = z.strictObject({ interviewId: id('约谈'), ...commitmentFields })
export const closeCommitmentSchema = z.strictObject({
  id: id('承诺'),
  date: isoDate('兑现日期'),
  note: text('兑现情况', 500).default(''),
})

export const interviewVoidSchema = z.strictObject({ id: id('约谈'), reason: requiredText('作废原因', 500) })

export const interviewListSchema = z.strictObject({
  status: oneOf('状态', [...interviewStatuses, 'live', 'all'] as const).default('live'),
  kind: oneOf('约谈类别', interviewKinds).optional(),
  caseId: id('隐患').optional(),
  campaignId: id('专项行动').optional(),
  text: text('关键字', 100).default(''),
  page: page(),
  pageSize: pageSize(),
})

export const interviewDraftPlanSchema = z.strictObject({
  caseIds: z.array(id('隐患'), { error: '隐患必须是列表' }).max(200, '一次约谈最多关联200条隐患').default([]),
})

export const interviewDocKinds = ['interview_notice', 'interview_minutes'] as const
export type InterviewDocKind = (typeof interviewDocKinds)[number]

export const interviewDraftSchema = z.strictObject({ id: id('约谈'), kind: oneOf('文书种类', interviewDocKinds) })
export const interviewIssueSchema = z.strictObject({
  id: id('约谈'),
  kind: oneOf('文书种类', interviewDocKinds),
  data: z.record(z.string(), z.unknown(), { error: '文书内容必须是字段列表' }),
})

export type InterviewCreate = z.input<typeof interviewCreateSchema>
export type InterviewUpdate = z.input<typeof interviewUpdateSchema>
export type RecordMinutes = z.input<typeof recordMinutesSchema>
export type AddCommitment = z.input<typeof addCommitmentSchema>
export type CloseCommitment = z.input<typeof closeCommitmentSchema>
export type InterviewVoid = z.input<typeof interviewVoidSchema>
export type InterviewListArgs = z.input<typeof interviewListSchema>
export type InterviewDraftArgs = z.input<typeof interviewDraftSchema>
export type InterviewDraftPlanArgs = z.input<typeof interviewDraftPlanSchema>
export type InterviewIssueArgs = z.input<typeof interviewIssueSchema>

export interface Interviewee {
  name: string
  unit: string
  post: string
  phone: string
}

export interface Exchange {
  question: string
  answer: string
}

export type CommitmentStatus = 'open' | 'closed' | 'voided'

export interface Commitment {
  id: string
  interviewId: string
  seq: number
  content: string
  deadline: string
  status: CommitmentStatus
  closedDate: string | null
  closedBy: string | null
  closeNote: string
  voidReason: string | null
  /** Computed: open and today is after the deadline. */
  overdue: boolean
  overdueDays: number
}

export interface Interview extends RecordStamps {
  id: string
  /** the 专项行动 it belongs to, when tagged */
  campaignId: string | null
  kind: InterviewKind
  status: InterviewStatus
  subjectId: string | null
  subjectName: string | null
  areaId: string | null
  areaName: string | null
  orgName: string
  /** who is called to account, as lists show it: the unit, village or department, else the first interviewee's unit */
  target: string
  interviewees: Interviewee[]
  interviewers: string
  recorder: string
  plannedAt: string
  place: string
  reason: string
  bring: string
  startedAt: string | null
  endedAt: string | null
  attendees: string
  exchanges: Exchange[]
  caseIds: string[]
  openCommitments: number
  overdueCommitments: number
}

export interface InterviewDetail extends Interview {
  cases: LinkedCase[]
  commitments: Commitment[]
  documents: LinkedDocument[]
}

/** A document issued for an interview, and the interview as it now stands. */
export interface InterviewIssued {
  document: IssuedStep
  interview: InterviewDetail
}

/** A plan filled in from the cases it concerns, for the form staff complete. */
export interface InterviewPlanDraft {
  plan: InterviewCreate & { interviewees: Interviewee[] }
  cases: LinkedCase[]
}
