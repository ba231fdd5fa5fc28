import { z } from 'zod'
import { flag, id, requiredText } from '../validation'

const categoryFields = {
  name: requiredText('隐患类别名称', 40),
  sortOrder: z.number({ error: '排序必须是数字' }).int('排序必须是整数').optional(),
}

export const categoryListSchema = z.strictObject({ includeVoided: flag('包含已作废').default(false) })
export const categoryCreateSchema = z.strictObject(categoryFields)
export const categoryUpdateSchema = z.strictObject({ id: id('隐患类别'), ...z.strictObject(categoryFields).partial().shape })
export const categoryVoidSchema = z.strictObject({ id: id('隐患类别'), reason: requiredText('作废原因', 200) })

export type CaseCategoryListArgs = z.input<typeof categoryListSchema>
export type CaseCategoryCreate = z.input<typeof categoryCreateSchema>
export type CaseCategoryUpdate = z.input<typeof categoryUpdateSchema>
export type CaseCategoryVoid = z.input<typeof categoryVoidSchema>

/** 隐患类别: an editable table seeded with DOMAIN.md's twelve categories (cc01…cc12). */
export interface CaseCategory {
  id: string
  name: string
  sortOrder: number
  /** Cases filed under this category that are still open. */
  openCases: number
  voidedAt: string | null
  voidReason: string | null
}
