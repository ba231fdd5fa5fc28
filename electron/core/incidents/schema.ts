import { z } from 'zod'
import type { Page } from '../paging'
import { flag, id, isoDate, page, pageSize, requiredText, text } from '../validation'

const count = (label: string) => z.number({ error: `${label}必须是数字` }).int(`${label}必须是整数`).min(0, `${label}不能为负数`).max(10000, `${label}不能超过10000`)

/** One row of the 火灾事故登记台账 as villages send it: date, place, unit/household, cause, casualties, loss. */
export const incidentFields = {
  occurredOn: isoDate('起火日期'),
  place: requiredText('起火地点', 200),
  party: text('单位/户主', 100).default(''),
  subjectId: id('监管对象').nullable().default(null),
  cause: text('起火原因', 200).default(''),
  deaths: count('死亡人数').default(0),
  injuries: count('受伤人数').default(0),
  lossYuan: z.number({ error: '直接财产损失必须是数字' }).finite().min(0, '直接财产损失不能为负数').max(1e10, '直接财产损失过大').default(0),
  notes: text('备注', 1000).default(''),
}

export const incidentCreateSchema = z.strictObject({
  ...incidentFields,
  campaignId: id('专项行动').nullable().default(null),
  unitId: id('报送单位').nullable().default(null),
  caseIds: z.array(id('隐患'), { error: '关联隐患必须是列表' }).max(50, '关联隐患最多50条').default([]),
})
export const incidentUpdateSchema = z.strictObject({
  id: id('火灾事故'),
  occurredOn: isoDate('起火日期').optional(),
  place: requiredText('起火地点', 200).optional(),
  party: text('单位/户主', 100).optional(),
  subjectId: id('监管对象').nullable().optional(),
  cause: text('起火原因', 200).optional(),
  deaths: count('死亡人数').optional(),
  injuries: count('受伤人数').optional(),
  lossYuan: z.number({ error: '直接财产损失必须是数字' }).finite().min(0, '直接财产损失不能为负数').max(1e10, '直接财产损失过大').optional(),
  notes: text('备注', 1000).optional(),
  unitId: id('报送单位').nullable().optional(),
  caseIds: z.array(id('隐患'), { error: '关联隐患必须是列表' }).max(50, '关联隐患最多50条').optional(),
})
export const incidentVoidSchema = z.strictObject({ id: id('火灾事故'), reason: requiredText('作废原因', 200) })
export const incidentListSchema = z.strictObject({
  campaignId: id('专项行动').optional(),
  unitId: id('报送单位').optional(),
  from: isoDate('开始日期').optional(),
  to: isoDate('结束日期').optional(),
  includeVoided: flag('包含已作废').default(false),
  page: page(),
  pageSize: pageSize(500),
})

export type IncidentInput = z.input<z.ZodObject<typeof incidentFields>>
export type IncidentCreate = z.input<typeof incidentCreateSchema>
export type IncidentUpdate = z.input<typeof incidentUpdateSchema>
export type IncidentVoid = z.input<typeof incidentVoidSchema>
export type IncidentListArgs = z.input<typeof incidentListSchema>

export interface FireIncident {
  id: string
  campaignId: string | null
  campaignName: string | null
  unitId: string | null
  unitName: string | null
  submissionId: string | null
  occurredOn: string
  place: string
  party: string
  subjectId: string | null
  subjectName: string | null
  cause: string
  deaths: number
  injuries: number
  lossYuan: number
  notes: string
  cases: { id: string; number: string }[]
  voidedAt: string | null
  voidReason: string | null
  createdAt: string
  updatedAt: string
}

/** The ledger's figures over the rows a list shows (voided rows never count). */
export interface IncidentFigures {
  incidents: number
  deaths: number
  injuries: number
  lossYuan: number
  byUnit: { unitId: string | null; unitName: string; incidents: number; deaths: number; injuries: number; lossYuan: number }[]
  byCause: { cause: string; incidents: number }[]
  byMonth: { month: string; incidents: number; lossYuan: number }[]
}

export interface IncidentList extends Page<FireIncident> {
  figures: IncidentFigures
}
