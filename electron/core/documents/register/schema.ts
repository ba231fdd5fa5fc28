import { z } from 'zod'
import { flag, id, isoDate, oneOf, page, pageSize, requiredText, text } from '../../validation'
import { documentKindCodes } from '../types'

const kind = () => oneOf('文书种类', documentKindCodes)

/** A kind's data: checked against that kind's own schema by the service, which names the field. */
const data = z.record(z.string(), z.unknown(), { error: '文书内容必须是字段列表' })

/** The further cases of one unit a notice or recheck opinion covers. */
const caseIds = () => z.array(id('隐患'), { error: '隐患必须是列表' }).max(100, '一份文书最多关联100处隐患').optional()

export const draftSchema = z.strictObject({
  kind: kind(),
  caseId: id('隐患').optional(),
  caseIds: caseIds(),
  subjectId: id('监管对象').optional(),
})

/** What a recheck opinion records on its case when some hazard is not rectified. */
const recheckSchema = z.strictObject({
  newDeadline: isoDate('新的整改期限').optional(),
  escalate: flag('升级处理').default(false),
})

export const issueSchema = z.strictObject({
  kind: kind(),
  data,
  caseId: id('隐患').optional(),
  caseIds: caseIds(),
  subjectId: id('监管对象').optional(),
  interviewId: id('约谈').optional(),
  supervisionId: id('督办').optional(),
  /** 审核人 and 签发人; the ones in settings when omitted. */
  recheck: recheckSchema.optional(),
  /** Staff confirmed a date outside the usual window (before 2000 or after next year). */
  confirmDate: flag('确认日期').optional(),
})

export const documentStatuses = ['issued', 'voided', 'all'] as const

export const listSchema = z.strictObject({
  kind: kind().optional(),
  year: z.number({ error: '年份必须是数字' }).int('年份必须是整数').min(2000, '年份不能早于2000').max(2100, '年份不能晚于2100').optional(),
  text: text('关键字', 100).default(''),
  status: oneOf('状态', documentStatuses).default('all'),
  caseId: id('隐患').optional(),
  subjectId: id('监管对象').optional(),
  batchId: id('批次').optional(),
  campaignId: id('专项行动').optional(),
  page: page(),
  pageSize: pageSize(),
})

export const idSchema = z.strictObject({ id: id('文书') })

export const voidSchema = z.strictObject({ id: id('文书'), reason: requiredText('作废原因', 200) })

export const deliveredSchema = z.strictObject({ id: id('文书'), date: isoDate('送达日期') })

/** The subjects a batch goes to: the same filter as the subjects list, without paging. */
const subjectFilter = z.strictObject({
  text: text('关键字', 100).default(''),
  kindId: id('场所类别').optional(),
  areaId: id('所属村(社区)').optional(),
  riskColor: oneOf('风险分类', ['green', 'grey', 'yellow', 'red'] as const).optional(),
  isKey: flag('重点单位').optional(),
})

export const batchSchema = z.strictObject({
  kind: oneOf('批量文书种类', ['warning_letter', 'notice_letter'] as const),
  filter: subjectFilter,
  /** The letter's text; the recipient of each copy is its subject. */
  data,
  /** Chosen by the caller so that it can cancel the batch while it runs. */
  batchId: id('批次').optional(),
})

export const batchIdSchema = z.strictObject({ batchId: id('批次') })

export type DraftArgs = z.input<typeof draftSchema>
export type IssueArgs = z.input<typeof issueSchema>
export type IssueInput = z.output<typeof issueSchema>
export type ListArgs = z.input<typeof listSchema>
export type ListInput = z.output<typeof listSchema>
export type VoidArgs = z.input<typeof voidSchema>
export type DeliveredArgs = z.input<typeof deliveredSchema>
export type BatchArgs = z.input<typeof batchSchema>
export type BatchInput = z.output<typeof batchSchema>
export type BatchSubjectFilter = z.input<typeof subjectFilter>
