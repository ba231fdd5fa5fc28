import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { linkEdit } from '../db/links'
import { changes, definedOnly } from '../patch'
import { decodeUpload, storeCampaignFile } from './files'
import * as repo from './repo'
import type {
  Campaign,
  campaignAttachSchema,
  campaignCloseSchema,
  campaignCreateSchema,
  campaignUpdateSchema,
  campaignVoidSchema,
} from './schema'

/** Why a stage or a unit that an edit takes out is voided. */
const EDITED = '修改专项行动时改动或移出'

export function liveCampaign(ctx: Ctx, id: string, field = 'id'): Campaign {
  const c = repo.get(ctx.db, ctx.clock.today(), id)
  if (!c || c.voidedAt) throw notFound('专项行动', field)
  return c
}

function assertNameFree(ctx: Ctx, name: string, self?: string): void {
  const other = repo.findLiveByName(ctx.db, name)
  if (other && other.id !== self) throw new AppError('CONFLICT', `已有名为「${name}」的专项行动`, 'name')
}

function assertUnits(ctx: Ctx, unitIds: readonly string[]): void {
  const live = ctx.db.prepare('SELECT 1 FROM responsible_units WHERE id = ? AND voided_at IS NULL')
  for (const [i, u] of unitIds.entries()) if (live.get(u) === undefined) throw notFound('责任单位', `unitIds.${i}`)
}

export function createCampaign(ctx: Ctx, input: z.output<typeof campaignCreateSchema>): Campaign {
  return inTx(ctx, () => {
    assertNameFree(ctx, input.name)
    assertUnits(ctx, input.unitIds)
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, id, input, at, by)
    repo.setStages(ctx.db, id, input.stages, linkEdit(ctx, EDITED))
    repo.addUnits(ctx.db, id, input.unitIds, linkEdit(ctx, EDITED))
    audit(ctx, { action: 'create', entity: 'campaign', entityId: id, data: input })
    return liveCampaign(ctx, id)
  })
}

export function updateCampaign(ctx: Ctx, input: z.output<typeof campaignUpdateSchema>): Campaign {
  return inTx(ctx, () => {
    const before = liveCampaign(ctx, input.id)
    const { id, stages, unitIds, ...patch } = input
    const next = { ...before, ...definedOnly(patch) }
    if (next.endDate !== null && next.endDate < next.startDate) throw new AppError('VALIDATION', '结束日期不能早于开始日期', 'endDate')
    if (next.name !== before.name) assertNameFree(ctx, next.name, id)
    const { at, by } = stamp(ctx)
    repo.update(ctx.db, id, next, at, by)
    if (stages !== undefined) repo.setStages(ctx.db, id, stages, linkEdit(ctx, EDITED))
    if (unitIds !== undefined) {
      assertUnits(ctx, unitIds)
      repo.setUnits(ctx.db, id, unitIds, linkEdit(ctx, EDITED))
    }
    audit(ctx, { action: 'update', entity: 'campaign', entityId: id, data: { ...changes(before, next), stages, unitIds } })
    return liveCampaign(ctx, id)
  })
}

export function closeCampaign(ctx: Ctx, input: z.output<typeof campaignCloseSchema>): Campaign {
  return inTx(ctx, () => {
    const c = liveCampaign(ctx, input.id)
    if (c.status === 'closed') throw new AppError('ILLEGAL_STATE', `专项行动「${c.name}」已结束`, 'id')
    if (input.closedDate < c.startDate) throw new AppError('VALIDATION', '结束日期不能早于专项行动开始日期', 'closedDate')
    const { at, by } = stamp(ctx)
    repo.setStatus(ctx.db, c.id, 'closed', input.closedDate, at, by)
    audit(ctx, { action: 'close', entity: 'campaign', entityId: c.id, data: { closedDate: input.closedDate } })
    return liveCampaign(ctx, c.id)
  })
}

export function voidCampaign(ctx: Ctx, input: z.output<typeof campaignVoidSchema>): Campaign {
  return inTx(ctx, () => {
    const c = liveCampaign(ctx, input.id)
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, c.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: 'campaign', entityId: c.id, data: { reason: input.reason } })
    return repo.get(ctx.db, ctx.clock.today(), c.id) as Campaign
  })
}

export function attachNotice(ctx: Ctx, input: z.output<typeof campaignAttachSchema>): Campaign {
  const bytes = decodeUpload(input.dataBase64, 'dataBase64')
  return inTx(ctx, () => {
    const c = liveCampaign(ctx, input.id)
    const fileId = storeCampaignFile(ctx, c.id, 'notice', input.fileName, bytes)
    const { at, by } = stamp(ctx)
    repo.setNoticeFile(ctx.db, c.id, fileId, at, by)
    audit(ctx, { action: 'attachNotice', entity: 'campaign', entityId: c.id, data: { fileId, fileName: input.fileName } })
    return liveCampaign(ctx, c.id)
  })
}
