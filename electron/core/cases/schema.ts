import { z } from 'zod'
import type { Attachment } from '../attachments/schema'
import { formatDateZh } from '../dates'
import type { Subject } from '../subjects/schema'
import type { EscalationEventAction, RevisitEventAction } from './event-actions'
import { flag, id, isoDate, oneOf, page, pageSize, requiredText, text } from '../validation'
import type { RecordStamps } from '../stamps/types'

export const caseSources = ['routine', 'special', 'joint', 'night', 'report', 'assigned', 'media'] as const
export type CaseSource = (typeof caseSources)[number]
export const caseSourceLabels: Record<CaseSource, string> = {
  routine: '日常检查',
  special: '专项检查',
  joint: '联合执法',
  night: '夜查',
  report: '群众举报(吹哨人)',
  assigned: '上级交办',
  media: '媒体曝光',
}

export const caseSeverities = ['general', 'major'] as const
export type CaseSeverity = (typeof caseSeverities)[number]
export const caseSeverityLabels: Record<CaseSeverity, string> = { general: '一般隐患', major: '重大火灾隐患' }

/**
 * The lifecycle of DOMAIN.md. `recheck_passed` sits between a passed recheck and 销号 so that
 * striking a case off is its own act (with its date and operator) and can only follow a pass.
 */
export const caseStatuses = ['registered', 'noticed', 'rectifying', 'awaiting_recheck', 'recheck_passed', 'closed', 'voided'] as const
export type CaseStatus = (typeof caseStatuses)[number]
export const caseStatusLabels: Record<CaseStatus, string> = {
  registered: '已登记',
  noticed: '已下发整改通知',
  rectifying: '整改中',
  awaiting_recheck: '待复查',
  recheck_passed: '复查合格待销号',
  closed: '已销号',
  voided: '已作废',
}
/** Statuses in which a hazard is still open, and so may be overdue. */
export const openStatuses = ['registered', 'noticed', 'rectifying', 'awaiting_recheck', 'recheck_passed'] as const satisfies readonly CaseStatus[]

export const caseActions = ['notice', 'startRectify', 'requestRecheck', 'recheckPassed', 'recheckFailed', 'extend', 'close', 'void'] as const
export type CaseAction = (typeof caseActions)[number]
export const caseActionLabels: Record<CaseAction, string> = {
  notice: '下发整改通知',
  startRectify: '开始整改',
  requestRecheck: '提请复查',
  recheckPassed: '登记复查合格',
  recheckFailed: '登记复查不合格',
  extend: '延期',
  close: '销号',
  void: '作废',
}

/** What a timeline step records: the lifecycle's own steps, attachments, and the escalation steps (预警 … 督办). */
export type CaseEventAction = 'register' | CaseAction | 'edit' | 'attach' | 'voidAttachment' | EscalationEventAction | RevisitEventAction

/** A hazard's fields as the ledger holds them; a document that prints a hazard takes the same limits. */
export const hazardFields = {
  categoryId: id('隐患类别'),
  severity: oneOf('隐患等级', caseSeverities).default('general'),
  description: requiredText('隐患描述', 2000),
  legalBasis: text('依据', 500).default(''),
  requirement: requiredText('整改要求', 1000),
  deadline: isoDate('整改期限'),
  location: text('隐患部位', 200).optional(),
  responsiblePerson: text('整改责任人', 50).optional(),
  interimMeasures: text('临时防范措施', 1000).optional(),
  remarks: text('备注', 500).optional(),
}

/**
 * What may be corrected on a hazard after registration, with the reason. The deadline is not
 * here: changing it is 延期, with its reason and approver.
 */
export const caseUpdateSchema = z.strictObject({
  id: id('隐患'),
  // the same limits as registration (hazardFields): a hazard registered long can be corrected
  description: hazardFields.description.optional(),
  location: hazardFields.location,
  categoryId: hazardFields.categoryId.optional(),
  severity: oneOf('隐患等级', caseSeverities).optional(),
  basis: hazardFields.legalBasis.unwrap().optional(),
  requirement: hazardFields.requirement.optional(),
  inspectors: requiredText('检查人员', 100).optional(),
  responsiblePerson: hazardFields.responsiblePerson,
  interimMeasures: hazardFields.interimMeasures,
  remarks: hazardFields.remarks,
  reason: text('修改原因', 500).default(''),
  deadline: z.unknown().optional(),
  expectedUpdatedAt: z.string().optional(),
})

/** 整改期限 before the day the hazard was found: the message, or null when the order is right. */
export const deadlineBeforeFound = (deadline: string, found: string): string | null =>
  deadline < found ? `整改期限不能早于发现日期（${formatDateZh(found)}）` : null

/** Whether parsing left no problem at these paths: a rule across fields runs once they parsed. */
const parsed = (...paths: PropertyKey[][]) => (payload: z.core.ParsePayload): boolean =>
  // an issue on a path or on what holds it (the args themselves, a hazard that is not an object) leaves it unread
  payload.issues.every((i) => !paths.some((p) => (i.path ?? []).length <= p.length && (i.path ?? []).every((key, n) => p[n] === key)))

/*
 * The order of the two days is checked with the other fields (`when`), not after them, so a form
 * names it together with everything else that is wrong rather than on a second 保存.
 */
export const caseCreateSchema = z
  .strictObject({
    subjectId: id('监管对象'),
    foundDate: isoDate('发现日期'),
    source: oneOf('发现方式', caseSources),
    inspectors: requiredText('检查人员', 100),
    ...hazardFields,
  })
  .superRefine(
    (c, ctx) => {
      const problem = deadlineBeforeFound(c.deadline, c.foundDate)
      if (problem) ctx.addIssue({ code: 'custom', path: ['deadline'], message: problem })
    },
    { when: parsed(['foundDate'], ['deadline']) },
  )

/** The kinds of an inspection visit (检查类型); the other sources bring a hazard without a visit. */
export const inspectionKinds = ['routine', 'special', 'night', 'joint'] as const satisfies readonly CaseSource[]
export type InspectionKind = (typeof inspectionKinds)[number]

export const inspectionCreateSchema = z.strictObject({
  subjectId: id('监管对象'),
  date: isoDate('检查日期'),
  source: oneOf('检查类型', inspectionKinds),
  /** Chosen from the roster; their names are what the inspection and its hazards record as 检查人员. */
  inspectorIds: z.array(id('检查人员'), { error: '检查人员必须是列表' }).max(20, '检查人员最多20人').default([]),
  /** Names as typed, for inspections registered before the roster (or by people not on it). */
  inspectors: text('检查人员', 100).default(''),
  campaignId: id('专项行动').optional(),
  notes: text('检查情况', 2000).default(''),
  hazards: z.array(z.strictObject(hazardFields), { error: '隐患必须是列表' }).max(100, '一次检查最多登记100条隐患').default([]),
}).superRefine(
  (v, ctx) =>
    v.hazards.forEach((h, i) => {
      const problem = parsed(['hazards', i, 'deadline'])(ctx) ? deadlineBeforeFound(h.deadline, v.date) : null
      if (problem) ctx.addIssue({ code: 'custom', path: ['hazards', i, 'deadline'], message: problem })
    }),
  { when: parsed(['date'], ['hazards']) },
)

export const caseGetSchema = z.strictObject({ id: id('隐患') })

export const caseSortFields = ['foundDate', 'deadline', 'number', 'updatedAt'] as const
export type CaseSortField = (typeof caseSortFields)[number]

export const caseListSchema = z.strictObject({
  status: z.array(oneOf('状态', caseStatuses), { error: '状态必须是列表' }).max(caseStatuses.length).default([]),
  overdue: flag('逾期').optional(),
  areaId: id('所属村(社区)').optional(),
  subjectId: id('监管对象').optional(),
  subjectKindId: id('场所类别').optional(),
  categoryId: id('隐患类别').optional(),
  severity: oneOf('隐患等级', caseSeverities).optional(),
  source: oneOf('发现方式', caseSources).optional(),
  inspectionId: id('检查记录').optional(),
  campaignId: id('专项行动').optional(),
  foundFrom: isoDate('发现日期（起）').optional(),
  foundTo: isoDate('发现日期（止）').optional(),
  deadlineFrom: isoDate('整改期限（起）').optional(),
  deadlineTo: isoDate('整改期限（止）').optional(),
  text: text('关键字', 100).default(''),
  sort: oneOf('排序字段', caseSortFields).default('foundDate'),
  order: oneOf('排序方向', ['asc', 'desc'] as const).default('desc'),
  page: page(),
  pageSize: pageSize(),
})

const common = {
  id: id('隐患'),
  /** The day the act happened (a recheck, a notice served); today when omitted. */
  date: isoDate('日期').optional(),
  note: text('备注', 1000).default(''),
  /** The issued document (文书) this step went with, when there is one. */
  documentId: id('文书').optional(),
  /** The updatedAt the user's page was loaded with: a newer change by someone else is not overridden. */
  expectedUpdatedAt: z.string().optional(),
}

export const caseTransitionSchema = z.discriminatedUnion(
  'action',
  [
    z.strictObject({ ...common, action: z.literal('notice') }),
    z.strictObject({ ...common, action: z.literal('startRectify') }),
    z.strictObject({ ...common, action: z.literal('requestRecheck') }),
    z.strictObject({ ...common, action: z.literal('recheckPassed') }),
    z.strictObject({
      ...common,
      action: z.literal('recheckFailed'),
      newDeadline: isoDate('新的整改期限').optional(),
      escalate: flag('升级处理').default(false),
    }),
    z.strictObject({
      ...common,
      action: z.literal('extend'),
      newDeadline: isoDate('延期后的整改期限'),
      reason: requiredText('延期原因', 500),
      approver: requiredText('批准人', 20),
    }),
    z.strictObject({ ...common, action: z.literal('close') }),
    z.strictObject({ ...common, action: z.literal('void'), reason: requiredText('作废原因', 500) }),
  ],
  { error: (iss) => (iss.code === 'invalid_union' ? `操作无效，应为：${caseActions.join('、')}` : undefined) },
)

export type CaseCreate = z.input<typeof caseCreateSchema>
export type InspectionCreate = z.input<typeof inspectionCreateSchema>
export type CaseListArgs = z.input<typeof caseListSchema>
export type CaseTransition = z.input<typeof caseTransitionSchema>
export type CaseUpdate = z.input<typeof caseUpdateSchema>
/** The filter part of the list args: what the dashboard hands over to reproduce a number. */
export type CaseFilter = Omit<CaseListArgs, 'page' | 'pageSize'>

export interface Case extends RecordStamps {
  id: string
  /** 序号 within the year the hazard was found, e.g. 2024-0001. */
  number: string
  subjectId: string
  subjectName: string
  subjectKindId: string
  subjectKindName: string
  areaId: string
  areaName: string
  inspectionId: string | null
  /** the 专项行动 it was found in, when tagged */
  campaignId: string | null
  foundDate: string
  source: CaseSource
  categoryId: string
  categoryName: string
  severity: CaseSeverity
  description: string
  legalBasis: string
  requirement: string
  deadline: string
  inspectors: string
  /** 隐患部位: where in the unit */
  location: string
  /** 整改责任人: who at the unit answers for fixing it */
  responsiblePerson: string
  /** 临时防范措施: what keeps people safe until it is fixed */
  interimMeasures: string
  /** 备注: what the office notes beside the hazard, never printed as part of it */
  remarks: string
  status: CaseStatus
  /** A failed recheck was escalated (预警, 函告, 约谈, 督办 follow in their own records). */
  escalated: boolean
  closedDate: string | null
  closedBy: string | null
  /** Computed from today: open and today is after the deadline. */
  overdue: boolean
  overdueDays: number
}

export interface CaseEvent {
  id: string
  caseId: string
  at: string
  date: string
  operator: string
  action: CaseEventAction
  fromStatus: CaseStatus | null
  toStatus: CaseStatus
  note: string
  data: Record<string, unknown>
  documentId: string | null
}

export interface Inspection {
  id: string
  subjectId: string
  areaId: string
  date: string
  source: CaseSource
  inspectors: string
  notes: string
  campaignId: string | null
  voidedAt: string | null
  voidReason: string | null
  createdAt: string
  createdBy: string
}

/** A case with everything its page shows. */
export interface CaseDetail extends Case {
  subject: Subject
  inspection: Inspection | null
  /** Oldest first. */
  timeline: CaseEvent[]
  /** Including voided ones, which the page shows struck through. */
  attachments: Attachment[]
  /** The lifecycle actions the case's status allows now. */
  allowedActions: CaseAction[]
}
