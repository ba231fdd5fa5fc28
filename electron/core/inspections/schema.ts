import { z } from 'zod'
import type { Case, Inspection, InspectionKind } from '../cases/schema'
import { inspectionKinds } from '../cases/schema'
import { id, isoDate, oneOf, page, pageSize, requiredText, text } from '../validation'

export const inspectionKindLabels: Record<InspectionKind, string> = { routine: '日常检查', special: '专项检查', night: '夜查', joint: '联合检查' }

/** What an inspection found: 未发现隐患, or hazards (registered as cases linked to it). */
export const inspectionResults = ['none', 'hazards'] as const
export type InspectionResult = (typeof inspectionResults)[number]

export const inspectionListSchema = z.strictObject({
  subjectId: id('监管对象').optional(),
  areaId: id('所属村(社区)').optional(),
  inspectorId: id('检查人员').optional(),
  kind: oneOf('检查类型', inspectionKinds).optional(),
  result: oneOf('检查结果', inspectionResults).optional(),
  campaignId: id('专项行动').optional(),
  from: isoDate('检查日期（起）').optional(),
  to: isoDate('检查日期（止）').optional(),
  text: text('关键字', 100).default(''),
  page: page(),
  pageSize: pageSize(),
})
export const inspectionGetSchema = z.strictObject({ id: id('检查记录') })
export const inspectionVoidSchema = z.strictObject({ id: id('检查记录'), reason: requiredText('作废原因', 200) })

/** A period as a quarter (2024Q1) or from/to dates, the same as the quarterly summary takes. */
export const coverageSchema = z
  .strictObject({
    quarter: z.string().regex(/^\d{4}Q[1-4]$/, '季度格式应为 2024Q1').optional(),
    from: isoDate('开始日期').optional(),
    to: isoDate('结束日期').optional(),
  })
  .refine((a) => a.quarter !== undefined || (a.from !== undefined && a.to !== undefined), { message: '请选择季度，或填写开始日期和结束日期', path: ['from'] })
  .refine((a) => a.from === undefined || a.to === undefined || a.from <= a.to, { message: '开始日期不能晚于结束日期', path: ['to'] })

export type InspectionListArgs = z.input<typeof inspectionListSchema>
export type InspectionVoid = z.input<typeof inspectionVoidSchema>
export type CoverageArgs = z.input<typeof coverageSchema>

/** An inspection as lists show it: with its unit, area, the roster people and what it found. */
export interface InspectionRow extends Inspection {
  subjectName: string
  areaName: string
  grid: string
  /** Live hazards registered from this inspection; 0 is 未发现隐患. */
  hazardCount: number
}

export interface InspectionDetail extends InspectionRow {
  roster: { id: string; name: string }[]
  cases: Case[]
}

/** units inspected ÷ units registered, with the counts it is made of. */
export interface CoverageFigure {
  registered: number
  inspected: number
  /** percent with one decimal; null when no unit is registered */
  rate: number | null
}

export interface CoverageRow extends CoverageFigure {
  id: string
  name: string
}

export interface Coverage {
  from: string
  to: string
  total: CoverageFigure
  byArea: CoverageRow[]
  /** per village and grid; name is 村(社区)·网格, units with no grid under 未分网格 */
  byGrid: (CoverageRow & { areaId: string; grid: string })[]
  bySubjectKind: CoverageRow[]
  /** per kind of inspection: units with at least one inspection of that kind, over all units */
  byInspectionKind: CoverageRow[]
  /** inspections held in the period, and how many found nothing */
  inspections: { count: number; noHazard: number }
  definition: string
  sql: string
}

/** 回头看 results recorded in a period: closed cases re-visited, of them 反弹, per village of the closed case. */
export interface RevisitFigures {
  checked: number
  relapsed: number
  byArea: { id: string; name: string; checked: number; relapsed: number }[]
  /** the units with at least one relapse, the most first, with the village of the case */
  bySubject: { id: string; name: string; areaName: string; checked: number; relapsed: number }[]
}

/** The field work of a period beside the hazard figures of the quarterly summary. */
export interface FieldworkFigures {
  coverage: Coverage
  revisits: RevisitFigures
}
