import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { changes, definedOnly } from '../patch'
import { assertNotDuplicate } from './duplicates'
import * as repo from './repo'
import type { SubjectWrite } from './repo'
import type { Subject, subjectCreateSchema, subjectUpdateSchema, subjectVoidSchema } from './schema'

export function getSubject(ctx: Ctx, id: string): Subject {
  const s = repo.get(ctx.db, id)
  if (!s) throw notFound('监管对象', 'id')
  return s
}

function liveSubject(ctx: Ctx, id: string): Subject {
  const s = getSubject(ctx, id)
  if (s.voidedAt) throw new AppError('ILLEGAL_STATE', `「${s.name}」已作废，不能修改`, 'id')
  return s
}

/** The references and unique keys a subject must satisfy before it is written. */
function assertWritable(ctx: Ctx, s: SubjectWrite, self?: string): void {
  if (!repo.liveKindExists(ctx.db, s.kindId)) throw new AppError('VALIDATION', '所选场所类别不存在', 'kindId')
  if (!repo.liveAreaExists(ctx.db, s.areaId)) throw new AppError('VALIDATION', '所选村(社区)不存在或已作废', 'areaId')
  if (s.creditCode !== '') {
    const other = repo.findLiveByCreditCode(ctx.db, s.creditCode)
    if (other && other.id !== self) {
      throw new AppError('CONFLICT', `统一社会信用代码已登记在「${other.name}」名下`, 'creditCode')
    }
  }
}

export function createSubject(ctx: Ctx, input: z.output<typeof subjectCreateSchema>): Subject {
  return inTx(ctx, () => {
    const { confirmDuplicate, ...unit } = input
    assertWritable(ctx, unit)
    assertNotDuplicate(ctx, unit, confirmDuplicate)
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, id, unit, at, by)
    audit(ctx, { action: 'create', entity: 'subject', entityId: id, data: confirmDuplicate ? { ...unit, confirmDuplicate } : unit })
    return getSubject(ctx, id)
  })
}

export function updateSubject(ctx: Ctx, input: z.output<typeof subjectUpdateSchema>): Subject {
  return inTx(ctx, () => {
    const { id, expectedUpdatedAt, confirmDuplicate, colorReason, ...patch } = input
    const before = liveSubject(ctx, id)
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt) {
      throw new AppError('CONFLICT', `「${before.name}」已被${before.updatedBy}修改，请重新打开后再保存`)
    }
    const next: SubjectWrite = { ...before, ...definedOnly(patch) }
    assertWritable(ctx, next, id)
    const diff = changes(before, next)
    if (Object.keys(diff).length === 0) return before
    if ('name' in diff || 'address' in diff) assertNotDuplicate(ctx, next, confirmDuplicate, id)
    // The colour history (户籍化档案) says why each change was made, however the colour changed.
    if ('riskColor' in diff && colorReason === '') throw new AppError('VALIDATION', '调整风险分类须填写调整原因', 'colorReason')
    const { at, by } = stamp(ctx)
    repo.update(ctx.db, id, next, at, by)
    if ('riskColor' in diff) repo.setLatestColorReason(ctx.db, id, colorReason)
    audit(ctx, { action: 'update', entity: 'subject', entityId: id, data: 'riskColor' in diff ? { ...diff, colorReason } : diff })
    return getSubject(ctx, id)
  })
}

export function voidSubject(ctx: Ctx, input: z.output<typeof subjectVoidSchema>): Subject {
  return inTx(ctx, () => {
    liveSubject(ctx, input.id)
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, input.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: 'subject', entityId: input.id, data: { reason: input.reason } })
    return getSubject(ctx, input.id)
  })
}
