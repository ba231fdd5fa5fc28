import { z } from 'zod'
import { flag, id, isoDate, oneOf, requiredText, text } from '../validation'

export const campaignStages = ['mobilize', 'rectify', 'consolidate', 'summary'] as const
export type CampaignStageName = (typeof campaignStages)[number]
export const campaignStageLabels: Record<CampaignStageName, string> = { mobilize: '动员部署', rectify: '集中整治', consolidate: '巩固提升', summary: '总结' }
export const campaignStatuses = ['active', 'closed', 'voided'] as const
export type CampaignStatus = (typeof campaignStatuses)[number]
export const campaignStatusLabels: Record<CampaignStatus, string> = { active: '进行中', closed: '已结束', voided: '已作废' }

const year = z.number({ error: '年度必须是数字' }).int('年度必须是整数').min(2000, '年度不能早于2000年').max(2100, '年度不能晚于2100年')

const stage = z.strictObject({
  stage: oneOf('阶段', campaignStages),
  startDate: isoDate('阶段开始日期').nullable().default(null),
  endDate: isoDate('阶段结束日期').nullable().default(null),
  dateText: text('阶段时间（原文）', 100).default(''),
})

const fields = {
  name: requiredText('专项行动名称', 80),
  noticeNumber: text('文号', 60),
  noticeTitle: text('通知标题', 200),
  year,
  startDate: isoDate('开始日期'),
  endDate: isoDate('结束日期').nullable(),
  endText: text('结束时间（原文）', 100),
  notes: text('备注', 1000),
  stages: z.array(stage, { error: '阶段必须是列表' }).max(4, '阶段最多4个'),
  unitIds: z.array(id('责任单位'), { error: '责任单位必须是列表' }).max(500, '责任单位最多500个'),
}

const checkDates = (c: { startDate?: string; endDate?: string | null; stages?: z.output<typeof stage>[] }, ctx: z.RefinementCtx): void => {
  if (c.startDate !== undefined && c.endDate) {
    if (c.endDate < c.startDate) ctx.addIssue({ code: 'custom', message: '结束日期不能早于开始日期', path: ['endDate'] })
  }
  for (const [i, s] of (c.stages ?? []).entries()) {
    if (s.startDate && s.endDate && s.endDate < s.startDate) ctx.addIssue({ code: 'custom', message: '阶段结束日期不能早于开始日期', path: ['stages', i, 'endDate'] })
  }
  const names = (c.stages ?? []).map((s) => s.stage)
  if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: '同一阶段只能填写一次', path: ['stages'] })
}

export const campaignCreateSchema = z
  .strictObject({
    ...fields,
    noticeNumber: fields.noticeNumber.default(''),
    noticeTitle: fields.noticeTitle.default(''),
    endDate: fields.endDate.default(null),
    endText: fields.endText.default(''),
    notes: fields.notes.default(''),
    stages: fields.stages.default([]),
    unitIds: fields.unitIds.default([]),
  })
  .superRefine(checkDates)
export const campaignUpdateSchema = z.strictObject({ id: id('专项行动'), ...z.strictObject(fields).partial().shape }).superRefine(checkDates)
export const campaignGetSchema = z.strictObject({ id: id('专项行动') })
export const campaignListSchema = z.strictObject({ includeVoided: flag('包含已作废').default(false), status: oneOf('状态', campaignStatuses).optional() })
export const campaignCloseSchema = z.strictObject({ id: id('专项行动'), closedDate: isoDate('结束日期') })
export const campaignVoidSchema = z.strictObject({ id: id('专项行动'), reason: requiredText('作废原因', 200) })
export const campaignAttachSchema = z.strictObject({
  id: id('专项行动'),
  fileName: requiredText('文件名', 200),
  dataBase64: z.string({ error: '请选择文件' }).min(1, '请选择文件').max(Math.ceil((20 * 1024 * 1024) / 3) * 4, '文件过大（不能超过 20MB）'),
})

export const campaignTagSchema = z.strictObject({
  campaignId: id('专项行动').nullable(),
  entity: oneOf('记录类别', ['case', 'inspection', 'interview', 'supervision', 'document'] as const),
  ids: z.array(id('记录'), { error: '记录必须是列表' }).min(1, '请选择记录').max(5000, '一次最多5000条'),
})
export type CampaignTag = z.input<typeof campaignTagSchema>

/** Live records tagged with a campaign, by kind. */
export interface CampaignTagged {
  cases: number
  inspections: number
  interviews: number
  supervisions: number
  documents: number
}

export const campaignFileSchema = z.strictObject({ id: id('文件') })

export type CampaignCreate = z.input<typeof campaignCreateSchema>
export type CampaignUpdate = z.input<typeof campaignUpdateSchema>
export type CampaignListArgs = z.input<typeof campaignListSchema>
export type CampaignClose = z.input<typeof campaignCloseSchema>
export type CampaignVoid = z.input<typeof campaignVoidSchema>
export type CampaignAttach = z.input<typeof campaignAttachSchema>

export interface CampaignStage {
  stage: CampaignStageName
  startDate: string | null
  endDate: string | null
  dateText: string
}

/** Task figures of a campaign today: 逾期 and 即将到期 are computed, never stored. */
export interface CampaignTaskFigures {
  tasks: number
  closed: number
  /** every owing unit has reported done, awaiting 销号 */
  done: number
  overdue: number
  /** open, due within 7 days */
  dueSoon: number
  /** no date: a rhythm, 长期坚持, or not yet dated */
  undated: number
}

export interface Campaign {
  id: string
  name: string
  noticeNumber: string
  noticeTitle: string
  noticeFileId: string | null
  noticeFileName: string | null
  year: number
  startDate: string
  endDate: string | null
  endText: string
  status: CampaignStatus
  notes: string
  closedDate: string | null
  stages: CampaignStage[]
  units: { id: string; name: string; unitType: 'department' | 'village' }[]
  figures: CampaignTaskFigures
  voidedAt: string | null
  voidReason: string | null
  createdAt: string
  updatedAt: string
}

export interface CampaignFileContent {
  id: string
  mime: string
  originalName: string
  dataBase64: string
}

/** A document tagged with the campaign, or issued about its tasks (a 函告 to a lagging unit). */
export interface CampaignDocument {
  id: string
  kind: string
  number: string | null
  title: string
  recipient: string
  issueDate: string
  status: 'issued' | 'voided'
}
