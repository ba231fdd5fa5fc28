import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import * as repo from './repo'
import type { CodeEntry, codeTableSchemas } from './schema'
import type { CodeTable } from './tables'

type Args = { [K in keyof ReturnType<typeof codeTableSchemas>]: z.output<ReturnType<typeof codeTableSchemas>[K]> }

function liveEntry(ctx: Ctx, t: CodeTable, id: string): CodeEntry {
  const c = repo.entry(ctx.db, t, id)
  if (!c || c.voidedAt) throw notFound(t.label, 'id')
  return c
}

function assertNameFree(ctx: Ctx, t: CodeTable, name: string, self?: string): void {
  const other = repo.findLiveByName(ctx.db, t, name)
  if (other && other.id !== self) throw new AppError('CONFLICT', `已有名为「${name}」的${t.label}`, 'name')
}

export function createEntry(ctx: Ctx, t: CodeTable, input: Args['create']): CodeEntry {
  return inTx(ctx, () => {
    assertNameFree(ctx, t, input.name)
    const id = ctx.newId()
    const sortOrder = input.sortOrder ?? repo.nextSortOrder(ctx.db, t)
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, t, id, input.name, sortOrder, at, by)
    audit(ctx, { action: 'create', entity: t.entity, entityId: id, data: { name: input.name, sortOrder } })
    return liveEntry(ctx, t, id)
  })
}

/** A rename shows everywhere the entry is used: records refer to it by id. */
export function updateEntry(ctx: Ctx, t: CodeTable, input: Args['update']): CodeEntry {
  return inTx(ctx, () => {
    const before = liveEntry(ctx, t, input.id)
    const name = input.name ?? before.name
    const sortOrder = input.sortOrder ?? before.sortOrder
    if (name === before.name && sortOrder === before.sortOrder) return before
    if (name !== before.name) assertNameFree(ctx, t, name, before.id)
    const { at, by } = stamp(ctx)
    repo.update(ctx.db, t, before.id, name, sortOrder, at, by)
    audit(ctx, {
      action: 'update',
      entity: t.entity,
      entityId: before.id,
      data: { name: { from: before.name, to: name }, sortOrder: { from: before.sortOrder, to: sortOrder } },
    })
    return liveEntry(ctx, t, before.id)
  })
}

/** A retired entry stays on the records filed under it; it is only no longer offered for new ones. */
export function voidEntry(ctx: Ctx, t: CodeTable, input: Args['void']): CodeEntry {
  return inTx(ctx, () => {
    liveEntry(ctx, t, input.id)
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, t, input.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: t.entity, entityId: input.id, data: { reason: input.reason } })
    const after = repo.entry(ctx.db, t, input.id)
    if (!after) throw notFound(t.label, 'id')
    return after
  })
}
