import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { changes, definedOnly } from '../patch'
import * as repo from './repo'
import type { AreaWrite } from './repo'
import type { Area, areaCreateSchema, areaUpdateSchema, areaVoidSchema } from './schema'
import type { z } from 'zod'

function liveArea(ctx: Ctx, id: string): Area {
  const a = repo.get(ctx.db, id)
  if (!a || a.voidedAt) throw notFound('村(社区)', 'id')
  return a
}

function assertNameFree(ctx: Ctx, name: string, self?: string): void {
  const other = repo.findLiveByName(ctx.db, name)
  if (other && other.id !== self) throw new AppError('CONFLICT', `已有名为「${name}」的村(社区)`, 'name')
}

export function createArea(ctx: Ctx, input: z.output<typeof areaCreateSchema>): Area {
  return inTx(ctx, () => {
    assertNameFree(ctx, input.name)
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, id, input, at, by)
    audit(ctx, { action: 'create', entity: 'area', entityId: id, data: input })
    return liveArea(ctx, id)
  })
}

export function updateArea(ctx: Ctx, input: z.output<typeof areaUpdateSchema>): Area {
  return inTx(ctx, () => {
    const before = liveArea(ctx, input.id)
    const { id, ...patch } = input
    const next: AreaWrite = { ...before, ...definedOnly(patch) }
    if (next.name !== before.name) assertNameFree(ctx, next.name, id)
    const { at, by } = stamp(ctx)
    repo.update(ctx.db, id, next, at, by)
    audit(ctx, { action: 'update', entity: 'area', entityId: id, data: changes(before, next) })
    return liveArea(ctx, id)
  })
}

export function voidArea(ctx: Ctx, input: z.output<typeof areaVoidSchema>): Area {
  return inTx(ctx, () => {
    const before = liveArea(ctx, input.id)
    if (before.subjectCount > 0) {
      throw new AppError('ILLEGAL_STATE', `「${before.name}」下还有 ${before.subjectCount} 个监管对象，不能作废`, 'id')
    }
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, input.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: 'area', entityId: input.id, data: { reason: input.reason } })
    const after = repo.get(ctx.db, input.id)
    if (!after) throw notFound('村(社区)', 'id')
    return after
  })
}
