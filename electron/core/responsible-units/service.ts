import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { changes, definedOnly } from '../patch'
import { nameKey } from '../text'
import * as repo from './repo'
import type { ResponsibleUnit, unitCreateSchema, unitUpdateSchema, unitVoidSchema } from './schema'

function liveUnit(ctx: Ctx, id: string): ResponsibleUnit {
  const u = repo.get(ctx.db, id)
  if (!u || u.voidedAt) throw notFound('责任单位', 'id')
  return u
}

function assertNamesFree(ctx: Ctx, names: string[], self?: string): void {
  for (const [i, name] of names.entries()) {
    const other = repo.findByName(ctx.db, name)
    if (other && other.id !== self) throw new AppError('CONFLICT', `「${name}」已是责任单位「${other.name}」的名称或别名`, i === 0 ? 'name' : 'aliases')
  }
}

export function createUnit(ctx: Ctx, input: z.output<typeof unitCreateSchema>): ResponsibleUnit {
  return inTx(ctx, () => {
    const u = { ...input, name: nameKey(input.name), aliases: input.aliases.map(nameKey) }
    assertNamesFree(ctx, [u.name, ...u.aliases])
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, id, u, at, by)
    audit(ctx, { action: 'create', entity: 'responsible_unit', entityId: id, data: u })
    return liveUnit(ctx, id)
  })
}

export function updateUnit(ctx: Ctx, input: z.output<typeof unitUpdateSchema>): ResponsibleUnit {
  return inTx(ctx, () => {
    const before = liveUnit(ctx, input.id)
    const { id, ...patch } = input
    const next = { ...before, ...definedOnly(patch) }
    next.name = nameKey(next.name)
    next.aliases = next.aliases.map(nameKey)
    if (before.unitType === 'village' && next.name !== before.name) {
      throw new AppError('ILLEGAL_STATE', '村(社区)的名称随村(社区)登记，请在“村(社区)”中修改', 'name')
    }
    assertNamesFree(ctx, [next.name, ...next.aliases], id)
    const { at, by } = stamp(ctx)
    repo.update(ctx.db, id, next, at, by)
    audit(ctx, { action: 'update', entity: 'responsible_unit', entityId: id, data: changes(before, next) })
    return liveUnit(ctx, id)
  })
}

export function voidUnit(ctx: Ctx, input: z.output<typeof unitVoidSchema>): ResponsibleUnit {
  return inTx(ctx, () => {
    const before = liveUnit(ctx, input.id)
    if (before.unitType === 'village') throw new AppError('ILLEGAL_STATE', '村(社区)随村(社区)登记作废，请在“村(社区)”中作废', 'id')
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, input.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: 'responsible_unit', entityId: input.id, data: { reason: input.reason } })
    return repo.get(ctx.db, input.id) as ResponsibleUnit
  })
}

/** Adds a name as an alias of a unit (a name met in a list and mapped to it), so it is known next time. */
export function addAlias(ctx: Ctx, unitId: string, alias: string): void {
  const u = liveUnit(ctx, unitId)
  const name = nameKey(alias)
  if (name === u.name || u.aliases.includes(name)) return
  assertNamesFree(ctx, [name], unitId)
  const { at, by } = stamp(ctx)
  repo.update(ctx.db, unitId, { ...u, aliases: [...u.aliases, name] }, at, by)
  audit(ctx, { action: 'update', entity: 'responsible_unit', entityId: unitId, data: { aliases: { added: name } } })
}
