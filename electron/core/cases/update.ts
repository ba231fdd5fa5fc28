import type { z } from 'zod'
import { audit, stamp } from '../audit'
import * as categories from '../categories/repo'
import { inTx, type Ctx } from '../context'
import { AppError } from '../errors'
import { caseSeverityLabels, caseStatusLabels, type Case, type CaseSeverity, type caseUpdateSchema } from './schema'
import * as repo from './repo'
import { getCase } from './service'
import { appendEvent } from './timeline'

/*
 * Correcting a hazard after registration (an imported row with no 整改要求, a category left at
 * 其他): each change is a timeline step with the old and new values and the reason. Documents
 * already issued keep the words they were issued with (their data is frozen in the register).
 * The deadline is not corrected here: moving it is 延期, with its reason and approver.
 */

type UpdateInput = z.output<typeof caseUpdateSchema>

/** The editable fields: the argument's name, the case's, and how the timeline names it. */
const FIELDS = [
  ['description', 'description', '隐患描述'],
  ['location', 'location', '隐患部位'],
  ['categoryId', 'categoryId', '隐患类别'],
  ['severity', 'severity', '隐患等级'],
  ['basis', 'legalBasis', '依据'],
  ['requirement', 'requirement', '整改要求'],
  ['inspectors', 'inspectors', '检查人员'],
  ['responsiblePerson', 'responsiblePerson', '整改责任人'],
  ['interimMeasures', 'interimMeasures', '临时防范措施'],
  ['remarks', 'remarks', '备注'],
] as const

type Field = (typeof FIELDS)[number][1]

export interface FieldChange {
  field: Field
  label: string
  from: string
  to: string
  /** how people read a coded value (a category's name, a level's label) */
  fromText?: string
  toText?: string
}

/** The readable text of a coded value, for the timeline. */
function readable(ctx: Ctx, field: Field, value: string): string | undefined {
  if (field === 'categoryId') return categories.get(ctx.db, value)?.name
  if (field === 'severity') return caseSeverityLabels[value as CaseSeverity]
  return undefined
}

export function updateCase(ctx: Ctx, input: UpdateInput): Case {
  return inTx(ctx, () => {
    if (input.deadline !== undefined) {
      throw new AppError('VALIDATION', '整改期限不能在这里修改：请办理延期，写明原因和批准人', 'deadline')
    }
    const before = getCase(ctx, input.id)
    if (before.status === 'closed' || before.status === 'voided') {
      throw new AppError('ILLEGAL_STATE', `「${caseStatusLabels[before.status]}」的隐患不能修改`, 'id')
    }
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
      throw new AppError('CONFLICT', `隐患 ${before.number} 已被${before.updatedBy}修改，请刷新后再操作`)
    }
    if (input.categoryId !== undefined && input.categoryId !== before.categoryId) {
      const category = categories.get(ctx.db, input.categoryId)
      if (!category || category.voidedAt) throw new AppError('VALIDATION', '所选隐患类别不存在或已作废', 'categoryId')
    }
    const changes: FieldChange[] = []
    for (const [arg, field, label] of FIELDS) {
      const to = input[arg]
      if (to === undefined || to === before[field]) continue
      const fromText = readable(ctx, field, before[field])
      const toText = readable(ctx, field, to)
      changes.push({ field, label, from: before[field], to, ...(fromText === undefined ? {} : { fromText }), ...(toText === undefined ? {} : { toText }) })
    }
    if (changes.length === 0) return before
    const after = { ...before, ...Object.fromEntries(changes.map((c) => [c.field, c.to])) }
    const { at, by } = stamp(ctx)
    repo.updateHazard(ctx.db, before.id, after, at, by)
    const named = changes.map((c) => c.label).join('、')
    appendEvent(ctx, {
      caseId: before.id,
      action: 'edit',
      fromStatus: before.status,
      toStatus: before.status,
      note: input.reason === '' ? `修改${named}` : `修改${named}：${input.reason}`,
      data: { changes, reason: input.reason },
    })
    audit(ctx, { action: 'update', entity: 'case', entityId: before.id, data: { changes, reason: input.reason } })
    return getCase(ctx, before.id)
  })
}
