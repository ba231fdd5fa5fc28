import { z } from 'zod'
import { auditListSchema } from '../auditlog/schema'
import { areaListSchema } from '../areas/schema'
import { campaignListSchema } from '../campaigns/schema'
import { caseListSchema } from '../cases/schema'
import { listSchema as documentListSchema } from '../documents/register/schema'
import { draftListSchema } from '../documents/signoff/schema'
import { proposalsSchema } from '../escalation/schema'
import { incidentListSchema } from '../incidents/schema'
import { inspectionListSchema } from '../inspections/schema'
import { inspectorListSchema } from '../inspectors/schema'
import { interviewListSchema } from '../interviews/schema'
import { periodArgsSchema } from '../reporting/schema'
import { unitListSchema } from '../responsible-units/schema'
import { revisitListSchema } from '../revisits/schema'
import { subjectListSchema } from '../subjects/schema'
import { supervisionListSchema } from '../supervisions/schema'
import { taskListSchema } from '../tasks/schema'

/** The filters of a list's page without its paging: an export holds every record the filter finds. */
const noPaging = { page: true, pageSize: true } as const

/**
 * One member per exportable list. Adding a list (documents, interviews) is a member here and a
 * column definition in lists/.
 */
export const exportListSchema = z.discriminatedUnion(
  'list',
  [
    z.strictObject({ list: z.literal('subjects'), filter: subjectListSchema.omit(noPaging).prefault({}) }),
    z.strictObject({ list: z.literal('cases'), filter: caseListSchema.omit(noPaging).prefault({}) }),
  ],
  { error: (iss) => (iss.code === 'invalid_union' ? '导出的清单无效，应为：subjects（监管对象）、cases（隐患台账）' : undefined) },
)

export type ExportListArgs = z.input<typeof exportListSchema>
export type ExportListName = ExportListArgs['list']

/** The printable lists, as a refusal names them. */
const sheetListNames = {
  cases: '隐患台账',
  chase: '未报送单位',
  proposals: '升级处理',
  tasks: '任务清单',
  subjects: '监管对象',
  inspections: '检查记录',
  interviews: '约谈',
  supervisions: '挂牌督办',
  documents: '发文登记',
  incidents: '火灾事故',
  campaigns: '专项行动',
  units: '责任单位',
  revisits: '回头看',
  areas: '村(社区)',
  inspectors: '检查人员名册',
  drafts: '文书审签',
  audit: '操作日志',
}

/**
 * One member per printable list, each with the filter of its page: the ledger (the overdue list is its
 * 逾期 filter), a 报送 period's missing units, the 升级处理 proposals, a campaign's tasks (逾期 …), and
 * every register page's list.
 */
export const exportSheetSchema = z.discriminatedUnion(
  'list',
  [
    z.strictObject({ list: z.literal('cases'), filter: caseListSchema.omit(noPaging).prefault({}) }),
    z.strictObject({ list: z.literal('chase'), filter: periodArgsSchema }),
    z.strictObject({ list: z.literal('proposals'), filter: proposalsSchema.omit({ caseId: true, ...noPaging }).prefault({}) }),
    z.strictObject({ list: z.literal('tasks'), filter: taskListSchema }),
    z.strictObject({ list: z.literal('subjects'), filter: subjectListSchema.omit(noPaging).prefault({}) }),
    z.strictObject({ list: z.literal('inspections'), filter: inspectionListSchema.omit(noPaging).prefault({}) }),
    z.strictObject({ list: z.literal('interviews'), filter: interviewListSchema.omit(noPaging).prefault({}) }),
    z.strictObject({ list: z.literal('supervisions'), filter: supervisionListSchema.omit(noPaging).prefault({}) }),
    z.strictObject({ list: z.literal('documents'), filter: documentListSchema.omit(noPaging).prefault({}) }),
    z.strictObject({ list: z.literal('incidents'), filter: incidentListSchema.omit(noPaging).prefault({}) }),
    z.strictObject({ list: z.literal('campaigns'), filter: campaignListSchema.prefault({}) }),
    z.strictObject({ list: z.literal('units'), filter: unitListSchema.prefault({}) }),
    z.strictObject({ list: z.literal('revisits'), filter: revisitListSchema.omit(noPaging).prefault({}) }),
    z.strictObject({ list: z.literal('areas'), filter: areaListSchema.prefault({}) }),
    z.strictObject({ list: z.literal('inspectors'), filter: inspectorListSchema.prefault({}) }),
    z.strictObject({ list: z.literal('drafts'), filter: draftListSchema.prefault({}) }),
    z.strictObject({ list: z.literal('audit'), filter: auditListSchema.omit({ entityId: true, ...noPaging }).prefault({}) }),
  ],
  { error: (iss) => (iss.code === 'invalid_union' ? `打印的清单无效，应为：${Object.entries(sheetListNames).map(([k, v]) => `${k}（${v}）`).join('、')}` : undefined) },
)

export type ExportSheetArgs = z.input<typeof exportSheetSchema>
export type SheetListName = ExportSheetArgs['list']

/** The workbook, for the renderer to download or save where the user chooses. */
export interface ExportFile {
  fileName: string
  dataBase64: string
  /** Records in the file (the header row not counted). */
  rows: number
}

/** A list as printed: the header row and the cells, 序号 first. */
export interface Sheet {
  title: string
  /** under the title: the filter in words (筛选条件：…), then who made it, when, and how many rows */
  notes: [string, string]
  columns: { header: string; share: number }[]
  rows: string[][]
}
