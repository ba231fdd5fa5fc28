import { z } from 'zod'
import { flag, id, isoDate, text } from '../../validation'
import type { ImportedTask, TaskProblem } from '../types'

/** 20 MB of file as base64: a task list is tens of KB. */
const MAX_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4

export const taskImportSchema = z
  .strictObject({
    fileName: text('文件名', 200).refine((s) => s !== '', '请选择要导入的文件'),
    dataBase64: z.string({ error: '请选择要导入的文件' }).min(1, '请选择要导入的文件').max(MAX_BASE64, '文件过大（任务清单文件不能超过 20MB）'),
    /** an existing campaign, or the name of one to find or create */
    campaignId: id('专项行动').optional(),
    campaignName: text('专项行动名称', 80).optional(),
    /** the year a date without one takes; a new campaign's year */
    year: z.number({ error: '年度必须是数字' }).int('年度必须是整数').min(2000, '年度不能早于2000年').max(2100, '年度不能晚于2100年').optional(),
    /** a new campaign's start (default: 1 January of the year) */
    startDate: isoDate('开始日期').optional(),
    /** a name the list uses → the unit it means, or 'new' to register it as a department */
    unitMap: z.record(z.string(), z.string().min(1).max(64), { error: '单位对应必须是名称到单位的对照' }).default({}),
    /** dates typed for 时限 the reader could not date, by the file's row */
    deadlines: z.record(z.string(), isoDate('完成时限'), { error: '补填的时限必须是行号到日期的对照' }).default({}),
    /** register every unknown name as a new department (the CLI does) */
    addUnknownUnits: flag('自动登记新单位').default(false),
  })
  .refine((a) => a.campaignId !== undefined || (a.campaignName ?? '') !== '', { message: '请选择或填写专项行动', path: ['campaignName'] })

export type TaskImportArgs = z.input<typeof taskImportSchema>

export interface ImportUnitName {
  name: string
  /** the registered unit it means (by name or alias, or as the user mapped it) */
  unitId: string | null
  unitName: string | null
  /** a group: 各村（社区）, 各有关单位 */
  group: 'villages' | 'campaign_units' | null
  rows: number[]
}

export interface TaskImportPreview {
  fileName: string
  listTitle: string
  above: string[]
  campaign: { id: string | null; name: string; year: number; startDate: string }
  tasks: ImportedTask[]
  problems: TaskProblem[]
  units: ImportUnitName[]
  /** names neither registered nor mapped: each must be mapped or added before the import */
  unmapped: string[]
  canCommit: boolean
}

export interface TaskImportReport {
  campaignId: string
  campaignName: string
  created: number
  unitsCreated: string[]
  aliasesAdded: string[]
}
