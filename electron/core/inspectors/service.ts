import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { changes, definedOnly } from '../patch'
import * as repo from './repo'
import type { InspectorWrite } from './repo'
import type { Inspector, inspectorCreateSchema, inspectorUpdateSchema, inspectorVoidSchema } from './schema'

export function getInspector(ctx: Ctx, id: string): Inspector {
  const i = repo.get(ctx.db, id)
  if (!i) throw notFound('检查人员', 'id')
  return i
}

function assertArea(ctx: Ctx, w: InspectorWrite): void {
  if (w.areaId === null) {
    if (w.role === 'grid_worker') throw new AppError('VALIDATION', '网格员须选择所属村(社区)', 'areaId')
    return
  }
  const area = ctx.db.prepare('SELECT voided_at AS voidedAt FROM areas WHERE id = ?').get(w.areaId) as { voidedAt: string | null } | undefined
  if (!area || area.voidedAt) throw new AppError('VALIDATION', '所选村(社区)不存在或已作废', 'areaId')
}

export function createInspector(ctx: Ctx, input: z.output<typeof inspectorCreateSchema>): Inspector {
  return inTx(ctx, () => {
    assertArea(ctx, input)
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, id, input, at, by)
    audit(ctx, { action: 'create', entity: 'inspector', entityId: id, data: input })
    return getInspector(ctx, id)
  })
}

export function updateInspector(ctx: Ctx, input: z.output<typeof inspectorUpdateSchema>): Inspector {
  return inTx(ctx, () => {
    const { id, ...patch } = input
    const before = getInspector(ctx, id)
    if (before.voidedAt) throw new AppError('ILLEGAL_STATE', `「${before.name}」已作废，不能修改`, 'id')
    const next: InspectorWrite = { ...before, ...definedOnly(patch) }
    assertArea(ctx, next)
    const diff = changes(before, next)
    if (Object.keys(diff).length === 0) return before
    const { at, by } = stamp(ctx)
    repo.update(ctx.db, id, next, at, by)
    audit(ctx, { action: 'update', entity: 'inspector', entityId: id, data: diff })
    return getInspector(ctx, id)
  })
}

/** A person who left is voided: past inspections keep their name, pickers no longer offer it. */
export function voidInspector(ctx: Ctx, input: z.output<typeof inspectorVoidSchema>): Inspector {
  return inTx(ctx, () => {
    const before = getInspector(ctx, input.id)
    if (before.voidedAt) throw new AppError('ILLEGAL_STATE', `「${before.name}」已作废`, 'id')
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, input.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: 'inspector', entityId: input.id, data: { reason: input.reason } })
    return getInspector(ctx, input.id)
  })
}

/**
 * The roster people chosen for an inspection: each live, none twice. Returns their names joined
 * the way the hazard's 检查人员 field has always been written.
 */
export function rosterNames(ctx: Ctx, ids: readonly string[], field: string): string {
  if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION', '同一检查人员不能选两次', field)
  return ids
    .map((id, i) => {
      const p = repo.get(ctx.db, id)
      if (!p || p.voidedAt) throw new AppError('VALIDATION', '所选检查人员不存在或已作废', `${field}.${i}`)
      return p.name
    })
    .join('、')
}
