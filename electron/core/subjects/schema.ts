import { z } from 'zod'
import { flag, id, oneOf, page, pageSize, phone, requiredName, requiredText, text, withDefaults } from '../validation'
import { creditCodeMessages, creditCodeProblem, normalizeCreditCode } from './credit-code'
import type { RecordStamps } from '../stamps/types'

export const riskColors = ['green', 'grey', 'yellow', 'red'] as const
export type RiskColor = (typeof riskColors)[number]

const creditCode = z
  .string({ error: '统一社会信用代码必须是文字' })
  .transform(normalizeCreditCode)
  .superRefine((code, c) => {
    const problem = code === '' ? null : creditCodeProblem(code)
    if (problem) c.addIssue({ code: 'custom', message: creditCodeMessages[problem] })
  })

const subjectFields = {
  name: requiredName('单位名称', 100),
  kindId: id('场所类别'),
  areaId: id('所属村(社区)'),
  grid: text('网格', 40),
  address: text('地址', 200),
  creditCode,
  responsibleName: text('消防安全责任人', 20),
  responsiblePhone: phone('责任人电话'),
  managerName: text('消防安全管理人', 20),
  managerPhone: phone('管理人电话'),
  riskColor: oneOf('风险分类', riskColors),
  isKey: flag('重点单位'),
  notes: text('备注', 1000),
}

/** The user has seen the likely duplicates of this unit and says it is a different one. */
const confirmDuplicate = flag('确认不是同一单位')

export const subjectCreateSchema = z.strictObject({
  ...withDefaults(subjectFields, {
    grid: '',
    address: '',
    creditCode: '',
    responsibleName: '',
    responsiblePhone: '',
    managerName: '',
    managerPhone: '',
    riskColor: 'green',
    isKey: false,
    notes: '',
  }),
  confirmDuplicate: confirmDuplicate.default(false),
})
export const subjectUpdateSchema = z.strictObject({
  id: id('监管对象'),
  /** The updatedAt the user's form was loaded with: a newer write by someone else is not overwritten. */
  expectedUpdatedAt: z.string().optional(),
  ...z.strictObject(subjectFields).partial().shape,
  /** Why the 绿灰黄红 colour changes: required with a new colour, kept in the unit's colour history. */
  colorReason: text('调整原因', 500).default(''),
  confirmDuplicate: confirmDuplicate.default(false),
})
/** The units a new or renamed unit may duplicate: asked by the form before it saves. */
export const subjectDuplicatesSchema = z.strictObject({
  name: requiredName('单位名称', 100),
  address: text('地址', 200).default(''),
  /** the code typed: the unit it is registered to is listed too (a code is never registered twice) */
  creditCode: creditCode.default(''),
  /** the unit being edited, which is not its own duplicate */
  id: id('监管对象').optional(),
})
export const subjectVoidSchema = z.strictObject({ id: id('监管对象'), reason: requiredText('作废原因', 200) })
export const subjectGetSchema = z.strictObject({ id: id('监管对象') })

export const subjectSortFields = ['name', 'kind', 'area', 'riskColor', 'createdAt', 'updatedAt'] as const
export const subjectStatuses = ['live', 'voided', 'all'] as const

export const subjectListSchema = z.strictObject({
  text: text('关键字', 100).default(''),
  kindId: id('场所类别').optional(),
  areaId: id('所属村(社区)').optional(),
  riskColor: oneOf('风险分类', riskColors).optional(),
  isKey: flag('重点单位').optional(),
  status: oneOf('状态', subjectStatuses).default('live'),
  sort: oneOf('排序字段', subjectSortFields).default('name'),
  order: oneOf('排序方向', ['asc', 'desc'] as const).default('asc'),
  page: page(),
  pageSize: pageSize(),
})

export type SubjectCreate = z.input<typeof subjectCreateSchema>
export type SubjectUpdate = z.input<typeof subjectUpdateSchema>
export type SubjectDuplicatesArgs = z.input<typeof subjectDuplicatesSchema>
export type SubjectVoid = z.input<typeof subjectVoidSchema>
export type SubjectListArgs = z.input<typeof subjectListSchema>
export type SubjectSortField = (typeof subjectSortFields)[number]

/** What the office records of a unit besides its name, kind and village: written and read alike. */
export interface SubjectFacts {
  grid: string
  address: string
  creditCode: string
  responsibleName: string
  responsiblePhone: string
  managerName: string
  managerPhone: string
  riskColor: RiskColor
  isKey: boolean
  notes: string
}

export interface Subject extends RecordStamps, SubjectFacts {
  id: string
  name: string
  kindId: string
  kindName: string
  areaId: string
  areaName: string
}

/** A live unit with the same name, at the same address or where either address is blank. */
export interface SubjectDuplicate {
  id: string
  name: string
  address: string
  areaName: string
  /** both addresses given and the same; otherwise one of them is blank */
  sameAddress: boolean
  /** registered under the 统一社会信用代码 typed: saving is refused whatever the user confirms */
  sameCreditCode: boolean
}

export interface SubjectKind {
  id: string
  name: string
  sortOrder: number
}
