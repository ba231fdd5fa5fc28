import { z } from 'zod'
import { id, requiredText } from '../validation'

/** 经办 drafts, 审核 checks, 签发 signs off a document. */
export const operatorRoles = ['drafter', 'reviewer', 'signer'] as const
export type OperatorRole = (typeof operatorRoles)[number]
export const operatorRoleLabels: Record<OperatorRole, string> = { drafter: '经办', reviewer: '审核', signer: '签发' }

const roles = z
  .array(z.enum(operatorRoles, { error: '角色应为经办、审核或签发' }), { error: '请选择角色' })
  .min(1, '请至少选择一个角色（经办、审核、签发）')
  .transform((r) => operatorRoles.filter((x) => r.includes(x)))

/** A PIN is 4 to 8 digits; '' removes it (the shared office PC needs none). */
const pin = z
  .string({ error: 'PIN必须是数字' })
  .trim()
  .regex(/^(\d{4,8})?$/, 'PIN应为4至8位数字，不用PIN请留空')

const name = requiredText('操作员姓名', 20).refine((s) => !/[\\/:*?"<>|]/.test(s), '操作员姓名不能含有 \\ / : * ? " < > | 这些符号')

export const operatorCreateSchema = z.strictObject({ name, roles, pin: pin.default('') })

export const operatorUpdateSchema = z.strictObject({
  id: id('操作员'),
  name: name.optional(),
  roles: roles.optional(),
  /** Omitted keeps the PIN; '' removes it. */
  pin: pin.optional(),
})

export const operatorVoidSchema = z.strictObject({ id: id('操作员'), reason: requiredText('停用原因', 200) })

export const signInSchema = z.strictObject({ id: id('操作员'), pin: z.string({ error: 'PIN必须是数字' }).max(8, 'PIN最多8位').default('') })

export interface Operator {
  id: string
  name: string
  roles: OperatorRole[]
  hasPin: boolean
  /** Until when a PIN mistyped five times locks this operator out (ISO instant), or null. */
  lockedUntil: string | null
  voidedAt: string | null
  voidReason: string | null
  createdAt: string
  updatedAt: string
}

/** Who is on duty in this program: an operator from the list, or the name in settings when none is chosen. */
export interface OnDuty {
  operatorId: string | null
  name: string
  roles: OperatorRole[]
}

export type OperatorCreate = z.input<typeof operatorCreateSchema>
export type OperatorUpdate = z.input<typeof operatorUpdateSchema>
export type OperatorVoid = z.input<typeof operatorVoidSchema>
export type SignInArgs = z.input<typeof signInSchema>
