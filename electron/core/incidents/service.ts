import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { linkEdit } from '../db/links'
import { AppError, notFound } from '../errors'
import { offsetOf } from '../paging'
import * as repo from './repo'
import type { FireIncident, IncidentList, incidentCreateSchema, incidentFields, incidentListSchema, incidentUpdateSchema } from './schema'

/** Why a case that an edit unlinks from the incident is voided. */
const UNLINKED = '修改火灾事故时取消关联'

type Fields = z.output<z.ZodObject<typeof incidentFields>>

const exists = (ctx: Ctx, table: string, id: string): boolean =>
  ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND voided_at IS NULL`).get(id) !== undefined

/** Every id an incident names must be a live record: the message names the field. */
function checkLinks(ctx: Ctx, i: { subjectId?: string | null | undefined; unitId?: string | null | undefined; campaignId?: string | null | undefined; caseIds?: readonly string[] | undefined }, prefix = ''): void {
  if (i.subjectId && !exists(ctx, 'subjects', i.subjectId)) throw notFound('监管对象', `${prefix}subjectId`)
  if (i.unitId && !exists(ctx, 'responsible_units', i.unitId)) throw notFound('报送单位', `${prefix}unitId`)
  if (i.campaignId && !exists(ctx, 'campaigns', i.campaignId)) throw notFound('专项行动', `${prefix}campaignId`)
  for (const [n, c] of (i.caseIds ?? []).entries()) if (!exists(ctx, 'cases', c)) throw notFound('隐患', `${prefix}caseIds.${n}`)
}

function checkDate(ctx: Ctx, occurredOn: string, field: string): void {
  if (occurredOn > ctx.clock.today()) throw new AppError('VALIDATION', '起火日期不能晚于今天', field)
}

export function getIncident(ctx: Ctx, id: string): FireIncident {
  const i = repo.get(ctx.db, id)
  if (!i) throw notFound('火灾事故', 'id')
  return i
}

export function listIncidents(ctx: Ctx, a: z.output<typeof incidentListSchema>): IncidentList {
  const { rows, total } = repo.list(ctx.db, a, a.pageSize, offsetOf(a.page, a.pageSize))
  return { rows, total, page: a.page, pageSize: a.pageSize, figures: repo.figures(ctx.db, a) }
}

/** Writes rows that came with a weekly report; the caller holds the transaction and has checked the links. */
export function insertIncidents(
  ctx: Ctx,
  rows: readonly Fields[],
  from: { campaignId: string | null; unitId: string | null; submissionId: string | null },
  fieldPrefix: string,
): string[] {
  const { at, by } = stamp(ctx)
  return rows.map((r, n) => {
    checkDate(ctx, r.occurredOn, `${fieldPrefix}${n}.occurredOn`)
    checkLinks(ctx, r, `${fieldPrefix}${n}.`)
    const id = ctx.newId()
    repo.insert(ctx.db, id, { ...r, ...from }, at, by)
    return id
  })
}

export function createIncident(ctx: Ctx, a: z.output<typeof incidentCreateSchema>): FireIncident {
  return inTx(ctx, () => {
    checkLinks(ctx, a)
    const [id = ''] = insertIncidents(ctx, [a], { campaignId: a.campaignId, unitId: a.unitId, submissionId: null }, '')
    repo.setCases(ctx.db, id, a.caseIds, linkEdit(ctx, UNLINKED))
    audit(ctx, { action: 'create', entity: 'fire_incident', entityId: id, data: a })
    return getIncident(ctx, id)
  })
}

export function updateIncident(ctx: Ctx, a: z.output<typeof incidentUpdateSchema>): FireIncident {
  return inTx(ctx, () => {
    const old = getIncident(ctx, a.id)
    if (old.voidedAt) throw new AppError('ILLEGAL_STATE', '已作废的火灾事故不能修改', 'id')
    checkLinks(ctx, a)
    const next = {
      unitId: a.unitId === undefined ? old.unitId : a.unitId,
      occurredOn: a.occurredOn ?? old.occurredOn,
      place: a.place ?? old.place,
      party: a.party ?? old.party,
      subjectId: a.subjectId === undefined ? old.subjectId : a.subjectId,
      cause: a.cause ?? old.cause,
      deaths: a.deaths ?? old.deaths,
      injuries: a.injuries ?? old.injuries,
      lossYuan: a.lossYuan ?? old.lossYuan,
      notes: a.notes ?? old.notes,
    }
    checkDate(ctx, next.occurredOn, 'occurredOn')
    const { at, by } = stamp(ctx)
    repo.update(ctx.db, a.id, next, at, by)
    if (a.caseIds) repo.setCases(ctx.db, a.id, a.caseIds, linkEdit(ctx, UNLINKED))
    audit(ctx, { action: 'update', entity: 'fire_incident', entityId: a.id, data: a })
    return getIncident(ctx, a.id)
  })
}

export function voidIncident(ctx: Ctx, id: string, reason: string): FireIncident {
  return inTx(ctx, () => {
    const old = getIncident(ctx, id)
    if (old.voidedAt) throw new AppError('ILLEGAL_STATE', '这起火灾事故已作废', 'id')
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, id, reason, at, by)
    audit(ctx, { action: 'void', entity: 'fire_incident', entityId: id, data: { reason } })
    return getIncident(ctx, id)
  })
}
