import { z } from 'zod'
import type { CaseStatus } from '../cases/schema'
import { flag, id, oneOf, requiredText, text } from '../validation'

export const importKinds = ['subjects', 'cases'] as const
export type ImportKind = (typeof importKinds)[number]

/** The fields a column can be read into (which of them a kind offers: see `fields` in the preview). */
export const importFields = [
  'name',
  'kind',
  'area',
  'grid',
  'address',
  'creditCode',
  'responsibleName',
  'responsiblePhone',
  'managerName',
  'managerPhone',
  'riskColor',
  'isKey',
  'notes',
  'foundDate',
  'deadline',
  'category',
  'severity',
  'source',
  'description',
  'legalBasis',
  'requirement',
  'inspectors',
  'outcome',
  'recheckDate',
  'closedDate',
  'remarks',
] as const
export type ImportField = (typeof importFields)[number]

export const importArgsSchema = z.strictObject({
  kind: oneOf('导入内容', importKinds),
  fileName: requiredText('文件名', 255),
  dataBase64: z.string({ error: '请选择要导入的文件' }).min(1, '请选择要导入的文件'),
  /** The worksheet to read; the first one with data when omitted. */
  sheet: text('工作表', 100).optional(),
  /**
   * Overrides of the automatic column matching: {column letter or header text → field}, '' to
   * leave a column out.
   */
  mapping: z
    .record(z.string().max(100), z.union([oneOf('对应字段', importFields), z.literal('')]), { error: '列对应必须是“列 → 字段”的表' })
    .default({}),
  /** The 村(社区) of new units whose row names none. */
  defaultAreaId: id('默认村(社区)').optional(),
  /** Create the 村(社区) a row names that is not registered yet, instead of reporting the row. */
  createAreas: flag('新建未登记的村(社区)').default(false),
  /** Commit the good rows and skip the rows with errors (listed in the report). */
  skipInvalid: flag('跳过有错误的行').default(false),
})

export type ImportArgs = z.input<typeof importArgsSchema>

export type ImportProblemLevel = 'error' | 'warning'

export interface ImportProblem {
  /** The row number as Excel shows it; null for a problem of the whole sheet (a missing column). */
  row: number | null
  /** Column letter and header as in the sheet, e.g. 「D 发现日期」; '' when not about one cell. */
  column: string
  field: ImportField | ''
  level: ImportProblemLevel
  message: string
}

export interface ImportColumn {
  /** A, B, … */
  column: string
  header: string
  field: ImportField | null
  fieldLabel: string
  /** How the field was chosen: by the header's name, by the user's mapping, or not at all. */
  mappedBy: 'header' | 'user' | null
}

export interface ImportFieldInfo {
  field: ImportField
  label: string
  required: boolean
  /** The column letter it is read from, or null. */
  column: string | null
}

export type ImportRowAction = 'create' | 'match' | 'skip' | 'error'

export interface ImportRowVerdict {
  row: number
  action: ImportRowAction
  subjectName: string
  /** What the row becomes, in a few words (e.g. 「2024年3月5日 · 已销号」). */
  summary: string
  /** Why a row is skipped or refused. */
  reason: string
}

export interface ImportCounts {
  /** Data rows below the header, blank rows excluded. */
  rows: number
  blank: number
  create: number
  match: number
  skip: number
  error: number
  warnings: number
  subjects: { create: number; match: number }
  cases: { create: number; byStatus: Partial<Record<CaseStatus, number>> }
  areas: { create: string[] }
}

export interface ImportPreview {
  kind: ImportKind
  fileName: string
  sheet: string
  sheets: string[]
  /** Row number of the header (as Excel shows it). */
  headerRow: number
  columns: ImportColumn[]
  fields: ImportFieldInfo[]
  problems: ImportProblem[]
  rows: ImportRowVerdict[]
  counts: ImportCounts
  /** Whether `import/commit` with the same args would write: no errors, or errors with skipInvalid. */
  canCommit: boolean
}

export interface ImportReport {
  /** null when every row was skipped and nothing was written. */
  batchId: string | null
  kind: ImportKind
  fileName: string
  sheet: string
  created: { subjects: number; cases: number; areas: string[] }
  matched: { subjects: number }
  skipped: { row: number; reason: string }[]
  counts: ImportCounts
}
