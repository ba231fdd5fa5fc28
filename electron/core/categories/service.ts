import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import * as repo from './repo'
import type { CaseCategory, categoryCreateSchema, categoryUpdateSchema, categoryVoidSchema } from './schema'

function liveCategory(ctx: Ctx, id: string): CaseCategory {
  const c = repo.get(ctx.db, id)
  if (!c || c.voidedAt) throw notFound('隐患类别', 'id')
  return c
}

function assertNameFree(ctx: Ctx, name: string, self?: string): void {
  const other = repo.findLiveByName(ctx.db, name)
  if (other && other.id !== self) throw new AppError('CONFLICT', `已有名为「${name}」的隐患类别`, 'name')
}

export function createCategory(ctx: Ctx, input: z.output<typeof categoryCreateSchema>): CaseCategory {
  return inTx(ctx, () => {
    assertNameFree(ctx, input.name)
    const id = ctx.newId()
    const sortOrder = input.sortOrder ?? repo.nextSortOrder(ctx.db)
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, id, input.name, sortOrder, at, by)
    audit(ctx, { action: 'create', entity: 'caseCategory', entityId: id, data: { name: input.name, sortOrder } })
    return liveCategory(ctx, id)
  })
}

export function updateCategory(ctx: Ctx, input: z.output<typeof categoryUpdateSchema>): CaseCategory {
  return inTx(ctx, () => {
    const before = liveCategory(ctx, input.id)
    const name = input.name ?? before.name
    const sortOrder = input.sortOrder ?? before.sortOrder
    if (name === before.name && sortOrder === before.sortOrder) return before
    if (name !== before.name) assertNameFree(ctx, name, before.id)
    const { at, by } = stamp(ctx)
    repo.update(ctx.db, before.id, name, sortOrder, at, by)
    audit(ctx, {
      action: 'update',
      entity: 'caseCategory',
      entityId: before.id,
      data: { name: { from: before.name, to: name }, sortOrder: { from: before.sortOrder, to: sortOrder } },
    })
    return liveCategory(ctx, before.id)
  })
}

/** A voided category stays on the cases filed under it; it is only no longer offered for new ones. */
export function voidCategory(ctx: Ctx, input: z.output<typeof categoryVoidSchema>): CaseCategory {
  return inTx(ctx, () => {
    liveCategory(ctx, input.id)
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, input.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: 'caseCategory', entityId: input.id, data: { reason: input.reason } })
    const after = repo.get(ctx.db, input.id)
    if (!after) throw notFound('隐患类别', 'id')
    return after
  })
}
