import { z } from 'zod'
import { id, isoDate, oneOf, requiredText, text } from '../validation'
import type { DocumentDraft } from '../documents/register/types'
import type { Recurring } from './types'

export const progressStatuses = ['not_started', 'in_progress', 'done'] as const
export type ProgressStatus = (typeof progressStatuses)[number]
export const progressStatusLabels: Record<ProgressStatus | 'overdue', string> = { not_started: '未开始', in_progress: '推进中', done: '已完成', overdue: '逾期' }

/** What a task is today: open, done by every unit (awaiting 销号), overdue, or struck off. */
export const taskStates = ['open', 'done', 'overdue', 'closed'] as const
export type TaskState = (typeof taskStates)[number]
export const taskStateLabels: Record<TaskState, string> = { open: '推进中', done: '待销号', overdue: '逾期', closed: '已销号' }
/** Where the units owing a task are named, a task nobody owes (see unownedSql) is named so. */
export const unownedLabel = '未指定责任单位'

export const recurringSchema = z
  .string({ error: '周期必须是文字' })
  .regex(/^(monthly|quarterly|monthly:([1-9]|[12]\d|3[01])|weekly:[1-7])$/, '周期应为 monthly、monthly:日、weekly:星期几 或 quarterly')
  .transform((s) => s as Recurring)

const base64 = (label: string) => z.string({ error: `请选择${label}` }).min(1, `请选择${label}`).max(Math.ceil((20 * 1024 * 1024) / 3) * 4, `${label}过大（不能超过 20MB）`)

/** periodDate: a day in the period whose progress a recurring task shows (today when left out). */
export const taskListSchema = z.strictObject({ campaignId: id('专项行动'), state: oneOf('状态', taskStates).optional(), periodDate: isoDate('期次日期').optional() })
export const taskGetSchema = z.strictObject({ id: id('任务') })
/** What one task says, typed in a form or read from a row of an imported list: one schema for both. */
export const taskFields = z.strictObject({
  title: text('重点任务', 200),
  content: requiredText('工作内容', 2000),
  dueText: text('时限', 100),
  deadline: isoDate('完成时限').nullable(),
})
/** A unit a task names: a registered unit's id, or a group (各村（社区）, 各有关单位) as `group:villages`. */
const unitRefs = (label: string) => z.array(z.string({ error: `${label}必须是单位` }).min(1, `请选择${label}`).max(64), { error: `${label}必须是列表` }).max(200, `${label}最多200个`)
export const taskCreateSchema = z.strictObject({
  campaignId: id('专项行动'),
  ...taskFields.shape,
  title: taskFields.shape.title.default(''),
  dueText: taskFields.shape.dueText.default(''),
  deadline: taskFields.shape.deadline.default(null),
  lead: unitRefs('牵头单位').min(1, '请选择牵头单位'),
  helpers: unitRefs('配合单位').default([]),
})
export const taskUpdateSchema = z.strictObject({
  id: id('任务'),
  ...taskFields.partial().shape,
  recurring: recurringSchema.nullable().optional(),
})
export const taskProgressSchema = z.strictObject({
  taskId: id('任务'),
  unitId: id('责任单位'),
  status: oneOf('进展', progressStatuses),
  note: text('进展说明', 2000).default(''),
  date: isoDate('报告日期'),
  /** a recurring task's period (2024-03, 2024-W11, 2024-Q1); the one containing today when left out */
  periodKey: text('期次', 10).optional(),
  fileName: text('佐证材料文件名', 200).optional(),
  fileBase64: base64('佐证材料').optional(),
})
export const taskCloseSchema = z.strictObject({ id: id('任务'), closedDate: isoDate('销号日期'), note: text('销号说明', 500).default('') })
export const taskVoidSchema = z.strictObject({ id: id('任务'), reason: requiredText('作废原因', 200) })
export const taskDashboardSchema = z.strictObject({ days: z.number({ error: '天数必须是数字' }).int().min(1).max(60).default(7) })
export const taskLaggingSchema = z.strictObject({ campaignId: id('专项行动').optional() })

export const taskStepSchema = z.strictObject({
  unitId: id('责任单位'),
  taskIds: z.array(id('任务'), { error: '任务必须是列表' }).min(1, '请选择任务').max(500),
  rung: oneOf('措施', ['letter', 'interview', 'circular'] as const),
  documentId: id('文书').optional(),
  interviewId: id('约谈').optional(),
  date: isoDate('日期'),
})
export const taskExportSchema = z.strictObject({
  campaignId: id('专项行动'),
  what: oneOf('导出内容', ['list', 'progress'] as const),
  format: oneOf('格式', ['docx', 'xlsx'] as const),
  /** the 工作推进情况表 of the periods containing this day */
  periodDate: isoDate('期次日期').optional(),
})

export const taskUnitSchema = z.strictObject({ unitId: id('责任单位') })
export const taskLetterSchema = z.strictObject({
  unitId: id('责任单位'),
  data: z.record(z.string(), z.unknown(), { error: '文书内容必须是字段列表' }),
})
export const taskInterviewSchema = z.strictObject({
  unitId: id('责任单位'),
  plannedAt: z.string({ error: '请填写约谈时间' }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '约谈时间格式应为 YYYY-MM-DDTHH:mm'),
  place: requiredText('约谈地点', 100),
  interviewers: text('约谈人', 100).default(''),
  intervieweeName: text('被约谈人', 20).default(''),
  intervieweePost: text('职务', 40).default('主要负责人'),
})

export type TaskListArgs = z.input<typeof taskListSchema>
export type TaskCreate = z.input<typeof taskCreateSchema>
export type TaskUpdate = z.input<typeof taskUpdateSchema>
export type TaskProgressArgs = z.input<typeof taskProgressSchema>
export type TaskClose = z.input<typeof taskCloseSchema>
export type TaskVoid = z.input<typeof taskVoidSchema>
export type TaskDashboardArgs = z.input<typeof taskDashboardSchema>
export type TaskLaggingArgs = z.input<typeof taskLaggingSchema>
export type TaskStepArgs = z.input<typeof taskStepSchema>
export type TaskExportArgs = z.input<typeof taskExportSchema>
export type TaskLetterArgs = z.input<typeof taskLetterSchema>
export type TaskInterviewArgs = z.input<typeof taskInterviewSchema>

/** A 函告 prefilled from a unit's overdue tasks. */
export interface TaskLetterDraft {
  unit: UnitLagging
  draft: DocumentDraft
}

export interface TaskExportFile {
  fileName: string
  dataBase64: string
}

/** A unit as the list named it: one unit, or a group (各村（社区）, 各有关单位). */
export interface TaskUnitRef {
  name: string
  unitId: string | null
  group: 'villages' | 'campaign_units' | null
}

/** One owing unit's progress on a task; 逾期 is computed. */
export interface UnitProgress {
  unitId: string
  unitName: string
  unitType: 'department' | 'village'
  role: 'lead' | 'helper'
  status: ProgressStatus
  overdue: boolean
  note: string
  fileId: string | null
  fileName: string | null
  reportedOn: string | null
  doneDate: string | null
}

export interface Task {
  id: string
  campaignId: string
  seq: number
  title: string
  content: string
  lead: TaskUnitRef[]
  helpers: TaskUnitRef[]
  dueText: string
  deadline: string | null
  recurring: Recurring | null
  /** for a rhythm: the next day it falls due */
  nextDue: string | null
  /** for a rhythm: the period whose progress `progress` shows (the one containing today, or the day asked for) */
  period: { key: string; label: string; due: string } | null
  state: TaskState
  status: 'open' | 'closed' | 'voided'
  progress: UnitProgress[]
  closedDate: string | null
  closeNote: string
  voidReason: string | null
}

/** A period a recurring task's progress can be recorded for. */
export interface PeriodChoice {
  key: string
  label: string
  due: string
}

/** A task as the 工作台 and the lagging units name it. */
interface TaskDue {
  taskId: string
  campaignId: string
  campaignName: string
  seq: number
  content: string
  /** the deadline, or this period's due day for a recurring task */
  due: string
  /** for a recurring task: the period that due day belongs to (2024年3月) */
  periodLabel: string | null
}

export interface TaskDashboardItem extends TaskDue {
  overdue: boolean
  pendingUnits: string[]
}

export interface TaskDashboard {
  overdue: number
  dueSoon: number
  items: TaskDashboardItem[]
}

/** An overdue task as the lagging units list it. */
export interface LateTask extends TaskDue {
  daysOverdue: number
}

/** A unit with overdue task work: the ladder's input (函告 → 工作约谈 → 通报). */
export interface UnitLagging {
  unitId: string
  unitName: string
  unitType: 'department' | 'village'
  areaId: string | null
  contactName: string
  contactPhone: string
  tasks: LateTask[]
  /** the ladder's steps already taken about these tasks */
  letters: number
  interviews: number
  circulars: number
  /** the next rung: 函告 first, then 工作约谈, then naming in a 通报 */
  nextRung: 'letter' | 'interview' | 'circular'
}
