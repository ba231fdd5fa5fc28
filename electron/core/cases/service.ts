import type { z } from 'zod'
import * as attachments from '../attachments/repo'
import { audit, stamp } from '../audit'
import * as categories from '../categories/repo'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import * as subjects from '../subjects/repo'
import type { Subject } from '../subjects/schema'
import { formatDateZh } from '../dates'
import { listEvents } from './events'
import { allowedActions } from './lifecycle'
import * as repo from './repo'
import { deadlineBeforeFound, type Case, type CaseDetail, type caseCreateSchema, type Inspection, type inspectionCreateSchema } from './schema'
import { appendEvent } from './timeline'
import { assertCampaign, inspectorNames } from '../inspections/rules'
import { link as linkInspectors } from '../inspectors/repo'

export function getCase(ctx: Ctx, id: string): Case {
  const c = repo.get(ctx.db, id, ctx.clock.today())
  if (!c) throw notFound('隐患', 'id')
  return c
}

export function getCaseDetail(ctx: Ctx, id: string): CaseDetail {
  const c = getCase(ctx, id)
  const subject = subjects.get(ctx.db, c.subjectId)
  if (!subject) throw notFound('监管对象', 'subjectId')
  return {
    ...c,
    subject,
    inspection: c.inspectionId === null ? null : (repo.getInspection(ctx.db, c.inspectionId) ?? null),
    timeline: listEvents(ctx.db, c.id),
    attachments: attachments.listForCase(ctx.db, c.id, true),
    allowedActions: allowedActions(c.status),
  }
}

function liveSubject(ctx: Ctx, id: string): Subject {
  const s = subjects.get(ctx.db, id)
  if (!s) throw notFound('监管对象', 'subjectId')
  if (s.voidedAt) throw new AppError('ILLEGAL_STATE', `「${s.name}」已作废，不能登记隐患`, 'subjectId')
  return s
}

function assertFoundDate(ctx: Ctx, date: string, field: string): void {
  const today = ctx.clock.today()
  if (date > today) throw new AppError('VALIDATION', `发现日期不能晚于今天（${formatDateZh(today)}）`, field)
}

type Hazard = z.output<typeof inspectionCreateSchema>['hazards'][number]

function assertHazard(ctx: Ctx, h: Hazard, foundDate: string, path: string): void {
  const category = categories.get(ctx.db, h.categoryId)
  if (!category || category.voidedAt) throw new AppError('VALIDATION', '所选隐患类别不存在或已作废', `${path}categoryId`)
  const late = deadlineBeforeFound(h.deadline, foundDate)
  if (late) throw new AppError('VALIDATION', late, `${path}deadline`)
}

interface Registration {
  subject: Subject
  foundDate: string
  source: Case['source']
  inspectors: string
  inspectionId: string | null
  /** a hazard found on a campaign's visit belongs to that campaign: its summary counts it */
  campaignId?: string | undefined
}

/** Writes one registered case with its first timeline entry and audit row (inside the caller's transaction). */
function register(ctx: Ctx, r: Registration, h: Hazard): Case {
  const id = ctx.newId()
  const { at, by } = stamp(ctx)
  const year = Number(r.foundDate.slice(0, 4))
  repo.insert(ctx.db, {
    id,
    year,
    seq: repo.nextSeq(ctx.db, year),
    subjectId: r.subject.id,
    areaId: r.subject.areaId,
    subjectKindId: r.subject.kindId,
    inspectionId: r.inspectionId,
    foundDate: r.foundDate,
    source: r.source,
    inspectors: r.inspectors,
    campaignId: r.campaignId ?? null,
    ...h,
    status: 'registered',
    escalated: false,
    closedDate: null,
    closedBy: null,
    voidedAt: null,
    voidReason: null,
    voidedBy: null,
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
  })
  appendEvent(ctx, { caseId: id, action: 'register', fromStatus: null, toStatus: 'registered', data: { foundDate: r.foundDate, deadline: h.deadline } })
  const c = getCase(ctx, id)
  audit(ctx, { action: 'create', entity: 'case', entityId: id, data: { number: c.number, subjectId: r.subject.id, ...h, ...(r.campaignId === undefined ? {} : { campaignId: r.campaignId }) } })
  return c
}

export function createCase(ctx: Ctx, input: z.output<typeof caseCreateSchema>): Case {
  return inTx(ctx, () => {
    const { subjectId, foundDate, source, inspectors, ...hazard } = input
    const subject = liveSubject(ctx, subjectId)
    assertFoundDate(ctx, foundDate, 'foundDate')
    assertHazard(ctx, hazard, foundDate, '')
    return register(ctx, { subject, foundDate, source, inspectors, inspectionId: null }, hazard)
  })
}

/** One inspection (检查记录) and the hazards it found, all written or none. */
export function createInspection(ctx: Ctx, input: z.output<typeof inspectionCreateSchema>): { inspection: Inspection; cases: Case[] } {
  return inTx(ctx, () => {
    const subject = liveSubject(ctx, input.subjectId)
    assertFoundDate(ctx, input.date, 'date')
    const inspectors = inspectorNames(ctx, input)
    assertCampaign(ctx, input.campaignId)
    input.hazards.forEach((h, i) => assertHazard(ctx, h, input.date, `hazards.${i}.`))
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    const { hazards, inspectorIds, ...fields } = input
    repo.insertInspection(ctx.db, { id, areaId: subject.areaId, ...fields, inspectors, at, by })
    linkInspectors(ctx.db, id, inspectorIds)
    audit(ctx, { action: 'create', entity: 'inspection', entityId: id, data: { ...fields, inspectors, inspectorIds, hazards: hazards.length } })
    const registration = { subject, foundDate: input.date, source: input.source, inspectors, inspectionId: id, campaignId: input.campaignId }
    const created = hazards.map((h) => register(ctx, registration, h))
    const inspection = repo.getInspection(ctx.db, id)
    if (!inspection) throw notFound('检查记录')
    return { inspection, cases: created }
  })
}
