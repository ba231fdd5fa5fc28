import { z } from 'zod'
import { flag, id, oneOf, phone, requiredName, requiredText, text, withDefaults } from '../validation'

export const areaTypes = ['village', 'community', 'industrial_zone', 'other'] as const
export type AreaType = (typeof areaTypes)[number]

const areaFields = {
  name: requiredName('村(社区)名称', 40),
  areaType: oneOf('类型', areaTypes),
  grids: z.array(requiredName('网格名称', 40), { error: '网格必须是名称列表' }).max(200, '网格不能超过200个'),
  headName: text('负责人', 20),
  headPhone: phone('负责人电话'),
  sortOrder: z.number({ error: '排序必须是数字' }).int('排序必须是整数'),
  notes: text('备注', 1000),
}

export const areaCreateSchema = z.strictObject(
  withDefaults(areaFields, { areaType: 'village', grids: [], headName: '', headPhone: '', sortOrder: 0, notes: '' }),
)
export const areaUpdateSchema = z.strictObject({
  id: id('村(社区)'),
  ...z.strictObject(areaFields).partial().shape,
})
export const areaVoidSchema = z.strictObject({ id: id('村(社区)'), reason: requiredText('作废原因', 200) })
export const areaListSchema = z.strictObject({ includeVoided: flag('包含已作废').default(false) })

export type AreaCreate = z.input<typeof areaCreateSchema>
export type AreaUpdate = z.input<typeof areaUpdateSchema>
export type AreaVoid = z.input<typeof areaVoidSchema>
export type AreaListArgs = z.input<typeof areaListSchema>

export interface Area {
  id: string
  name: string
  areaType: AreaType
  grids: string[]
  headName: string
  headPhone: string
  sortOrder: number
  notes: string
  /** Live subjects in this area. */
  subjectCount: number
  voidedAt: string | null
  voidReason: string | null
  createdAt: string
  updatedAt: string
}
