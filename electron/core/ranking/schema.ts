import { z } from 'zod'
import { id, isoDate, requiredText, text } from '../validation'
import type { RankingRow, RankingWeights } from './types'

const points = (label: string) => z.number({ error: `${label}必须是数字` }).finite().min(0, `${label}不能为负数`).max(1000, `${label}不能超过1000`)
const count = (label: string) => z.number({ error: `${label}必须是数字` }).int(`${label}必须是整数`).min(0, `${label}不能为负数`).max(100000, `${label}过大`)
const month = z.string({ error: '请选择月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')

/** The 实地评分表 edited whole: rows with an id are changed, new rows added, rows left out voided. */
export const itemsSaveSchema = z.strictObject({
  campaignId: id('专项行动'),
  items: z
    .array(z.strictObject({ id: id('评分项').optional(), title: requiredText('评分项目', 200), points: points('分值').refine((n) => n > 0, '分值必须大于0') }), {
      error: '评分项必须是列表',
    })
    .max(100, '评分项最多100条'),
})
export const targetsSchema = z.strictObject({
  campaignId: id('专项行动'),
  villagesPerMonth: count('每月督导村寨数'),
  householdsPerMonth: count('每月走访农户数'),
})
export const visitRecordSchema = z.strictObject({
  campaignId: id('专项行动'),
  unitId: id('督导村（社区）'),
  visitDate: isoDate('督导日期'),
  households: count('走访农户数').default(0),
  inspectors: text('督导人员', 100).default(''),
  note: text('发现问题及意见', 2000).default(''),
  scores: z.array(z.strictObject({ itemId: id('评分项'), score: points('得分') }), { error: '评分必须是列表' }).max(100),
})
export const visitVoidSchema = z.strictObject({ id: id('实地评分'), reason: requiredText('作废原因', 200) })
export const visitListSchema = z.strictObject({ campaignId: id('专项行动'), month: month.optional() })
export const progressSchema = z.strictObject({ campaignId: id('专项行动'), month })
export const rankingSchema = z.strictObject({ campaignId: id('专项行动'), from: isoDate('开始日期').optional(), to: isoDate('结束日期').optional() })

export type ItemsSave = z.input<typeof itemsSaveSchema>
export type TargetsSet = z.input<typeof targetsSchema>
export type VisitRecord = z.input<typeof visitRecordSchema>
export type VisitVoid = z.input<typeof visitVoidSchema>
export type VisitListArgs = z.input<typeof visitListSchema>
export type ProgressArgs = z.input<typeof progressSchema>
export type RankingArgs = z.input<typeof rankingSchema>

export interface ScoreItem {
  id: string
  seq: number
  title: string
  points: number
}

export interface ScoreSheet {
  campaignId: string
  items: ScoreItem[]
  /** full marks: the sum of the items' points */
  total: number
  targets: { villagesPerMonth: number; householdsPerMonth: number } | null
}

export interface Visit {
  id: string
  campaignId: string
  unitId: string
  unitName: string
  visitDate: string
  households: number
  inspectors: string
  note: string
  scores: { itemId: string; title: string; score: number; maxPoints: number }[]
  score: number
  maxScore: number
  voidedAt: string | null
  createdAt: string
}

/** A month against the targets: villages visited (distinct) and households visited. */
export interface VisitProgress {
  month: string
  villagesVisited: number
  villagesTarget: number | null
  households: number
  householdsTarget: number | null
  visits: number
  byVillage: { unitId: string; unitName: string; visits: number; households: number; averageRate: number | null }[]
  notVisited: { unitId: string; unitName: string }[]
}

export interface Ranking {
  campaignId: string
  campaignName: string
  from: string
  asOf: string
  weights: RankingWeights
  formula: string[]
  villages: RankingRow[]
  departments: RankingRow[]
}
