import { z } from 'zod'
import { flag, id, oneOf, phone, requiredName, requiredText, text, withDefaults } from '../validation'

export const unitTypes = ['department', 'village'] as const
export type UnitType = (typeof unitTypes)[number]

const fields = {
  name: requiredName('责任单位名称', 40),
  aliases: z.array(requiredName('别名', 40), { error: '别名必须是名称列表' }).max(20, '别名不能超过20个'),
  contactName: text('联系人', 20),
  contactPhone: phone('联系电话'),
  subjectId: id('关联的监管对象').nullable(),
  sortOrder: z.number({ error: '排序必须是数字' }).int('排序必须是整数'),
  notes: text('备注', 500),
}

/** Only departments, offices and stations are created here: every village is a unit already. */
export const unitCreateSchema = z.strictObject(
  withDefaults(fields, { aliases: [], contactName: '', contactPhone: '', subjectId: null, sortOrder: 0, notes: '' }),
)
export const unitUpdateSchema = z.strictObject({ id: id('责任单位'), ...z.strictObject(fields).partial().shape })
export const unitVoidSchema = z.strictObject({ id: id('责任单位'), reason: requiredText('作废原因', 200) })
export const unitListSchema = z.strictObject({
  includeVoided: flag('包含已作废').default(false),
  unitType: oneOf('单位类型', unitTypes).optional(),
})

export type UnitCreate = z.input<typeof unitCreateSchema>
export type UnitUpdate = z.input<typeof unitUpdateSchema>
export type UnitVoid = z.input<typeof unitVoidSchema>
export type UnitListArgs = z.input<typeof unitListSchema>

/** 责任单位: a township department, office or station, or a village (one per area). */
export interface ResponsibleUnit {
  id: string
  name: string
  unitType: UnitType
  areaId: string | null
  subjectId: string | null
  subjectName: string | null
  aliases: string[]
  contactName: string
  contactPhone: string
  sortOrder: number
  notes: string
  voidedAt: string | null
  voidReason: string | null
  createdAt: string
  updatedAt: string
}
