import { z } from 'zod'
import { flag, id, oneOf, phone, requiredName, requiredText, text, withDefaults } from '../validation'

/** 检查人员 (office staff and other inspectors) and 网格员 (a village's grid workers). */
export const inspectorRoles = ['inspector', 'grid_worker'] as const
export type InspectorRole = (typeof inspectorRoles)[number]
export const inspectorRoleLabels: Record<InspectorRole, string> = { inspector: '检查人员', grid_worker: '网格员' }

const inspectorFields = {
  name: requiredName('姓名', 20),
  role: oneOf('身份', inspectorRoles),
  areaId: id('所属村(社区)').nullable(),
  grid: text('网格', 40),
  phone: phone('联系电话'),
  notes: text('备注', 500),
}

export const inspectorCreateSchema = z.strictObject(withDefaults(inspectorFields, { role: 'inspector', areaId: null, grid: '', phone: '', notes: '' }))
export const inspectorUpdateSchema = z.strictObject({ id: id('检查人员'), ...z.strictObject(inspectorFields).partial().shape })
export const inspectorVoidSchema = z.strictObject({ id: id('检查人员'), reason: requiredText('作废原因', 200) })
export const inspectorListSchema = z.strictObject({
  includeVoided: flag('包含已作废').default(false),
  role: oneOf('身份', inspectorRoles).optional(),
  areaId: id('所属村(社区)').optional(),
})

export type InspectorCreate = z.input<typeof inspectorCreateSchema>
export type InspectorUpdate = z.input<typeof inspectorUpdateSchema>
export type InspectorVoid = z.input<typeof inspectorVoidSchema>
export type InspectorListArgs = z.input<typeof inspectorListSchema>

export interface Inspector {
  id: string
  name: string
  role: InspectorRole
  areaId: string | null
  areaName: string | null
  grid: string
  phone: string
  notes: string
  /** Live inspections this person went on. */
  inspectionCount: number
  voidedAt: string | null
  voidReason: string | null
  createdAt: string
  updatedAt: string
}
