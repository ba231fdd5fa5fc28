import { z } from 'zod'
import { caseSeverities, caseSources, type Case } from '../cases/schema'
import { id, isoDate, oneOf, page, pageSize, requiredText, text } from '../validation'

/** 保持 (the fix held) or 反弹 (the hazard is back). */
export const revisitOutcomes = ['kept', 'relapsed'] as const
export type RevisitOutcome = (typeof revisitOutcomes)[number]
export const revisitOutcomeLabels: Record<RevisitOutcome, string> = { kept: '保持', relapsed: '反弹' }

/** Which closed cases a 回头看 picks: every filter optional, then all of them or a random N %. */
export const revisitCriteriaShape = {
  campaignId: id('专项行动').optional(),
  closedFrom: isoDate('销号日期（起）').optional(),
  closedTo: isoDate('销号日期（止）').optional(),
  areaId: id('所属村(社区)').optional(),
  categoryId: id('隐患类别').optional(),
  subjectKindId: id('场所类别').optional(),
  samplePercent: z
    .number({ error: '抽查比例必须是数字' })
    .int('抽查比例必须是整数')
    .min(1, '抽查比例应在1%至100%之间，不抽查请选择“全部”')
    .max(100, '抽查比例应在1%至100%之间')
    .optional(),
  /** The draw of a random sample, kept with the round so the same list can be drawn again. */
  seed: z.number({ error: '随机种子必须是数字' }).int().min(0).max(2 ** 31).optional(),
}
const criteria = z.strictObject(revisitCriteriaShape)
const ordered = (c: { closedFrom?: string | undefined; closedTo?: string | undefined }) => c.closedFrom === undefined || c.closedTo === undefined || c.closedFrom <= c.closedTo
const orderMessage = { message: '销号日期（起）不能晚于销号日期（止）', path: ['closedTo'] }

export const revisitPreviewSchema = criteria.refine(ordered, orderMessage)
export const revisitCreateSchema = z.strictObject({ title: requiredText('回头看名称', 100), ...revisitCriteriaShape }).refine(ordered, orderMessage)
export const revisitGetSchema = z.strictObject({ id: id('回头看') })
export const revisitListSchema = z.strictObject({ page: page(), pageSize: pageSize() })

/** The hazard a relapse opens: as on the hazard form, the unit and origin taken from the closed case. */
const relapseHazard = z.strictObject({
  categoryId: id('隐患类别').optional(),
  severity: oneOf('隐患等级', caseSeverities).optional(),
  description: requiredText('隐患描述', 1000),
  legalBasis: text('依据', 500).optional(),
  requirement: requiredText('整改要求', 1000),
  deadline: isoDate('整改期限'),
})

export const revisitRecordSchema = z.strictObject({
  itemId: id('回头看条目'),
  outcome: oneOf('回头看结果', revisitOutcomes),
  date: isoDate('回头看日期').optional(),
  note: text('情况说明', 1000).default(''),
  source: oneOf('发现方式', caseSources).default('special'),
  inspectorIds: z.array(id('检查人员'), { error: '检查人员必须是列表' }).max(20).default([]),
  inspectors: text('检查人员', 100).default(''),
  /** Required for 反弹: the hazard found again, registered as a new case linked to the closed one. */
  hazard: relapseHazard.optional(),
})

export type RevisitCriteria = z.input<typeof revisitPreviewSchema>
export type RevisitCreate = z.input<typeof revisitCreateSchema>
export type RevisitRecord = z.input<typeof revisitRecordSchema>
export type RevisitListArgs = z.input<typeof revisitListSchema>

export interface Revisit {
  id: string
  title: string
  campaignId: string | null
  criteria: RevisitCriteria
  samplePercent: number | null
  total: number
  kept: number
  relapsed: number
  createdAt: string
  createdBy: string
}

export interface RevisitItem {
  id: string
  revisitId: string
  seq: number
  caseId: string
  outcome: RevisitOutcome | null
  checkedOn: string | null
  note: string
  newCaseId: string | null
  newCaseNumber: string | null
  recordedBy: string | null
  case: Case
}

export interface RevisitDetail extends Revisit {
  items: RevisitItem[]
}

/** What a set of criteria matches before a round is made of it. */
export interface RevisitPreview {
  matched: number
  picked: number
  /** The first cases of the pick, for a look before creating the round. */
  sample: Case[]
}
