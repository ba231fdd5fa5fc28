import { z } from 'zod'
import { flag, id, requiredText } from '../validation'

/** The arguments of one code table's handlers, with its own name in every message. */
export function codeTableSchemas(label: string) {
  const fields = {
    name: requiredText(`${label}名称`, 40),
    sortOrder: z.number({ error: '排序必须是数字' }).int('排序必须是整数').optional(),
  }
  return {
    list: z.strictObject({ includeVoided: flag('包含已作废').default(false) }),
    create: z.strictObject(fields),
    update: z.strictObject({ id: id(label), ...z.strictObject(fields).partial().shape }),
    void: z.strictObject({ id: id(label), reason: requiredText('作废原因', 200) }),
  }
}

type Schemas = ReturnType<typeof codeTableSchemas>
export type CodeListArgs = z.input<Schemas['list']>
export type CodeCreate = z.input<Schemas['create']>
export type CodeUpdate = z.input<Schemas['update']>
export type CodeVoid = z.input<Schemas['void']>

/** An entry of a code table (分类表): a 隐患类别 or a 场所类别. */
export interface CodeEntry {
  id: string
  name: string
  sortOrder: number
  /** What still uses it: open cases of a 隐患类别, live units of a 场所类别. */
  inUse: number
  voidedAt: string | null
  /** Kept for 隐患类别; a 场所类别's reason is in the 操作日志. */
  voidReason: string | null
}

/** 隐患类别: seeded with DOMAIN.md's twelve categories (cc01…cc12). */
export type CaseCategory = CodeEntry
