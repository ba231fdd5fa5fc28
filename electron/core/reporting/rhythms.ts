import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { localDate } from '../clock'
import { inTx, type Ctx } from '../context'
import { linkEdit } from '../db/links'
import { AppError, notFound } from '../errors'
import { parseRhythm, periodOf, periodsBetween, rhythmLabel, type Period, type Rhythm, type RhythmWindow } from './calendar'
import * as repo from './repo'
import type { ReportRhythm, rhythmCreateSchema, rhythmUpdateSchema } from './schema'

/** Why a unit that an edit takes off the rhythm's list is voided. */
const UNLISTED = '修改报送事项时移出'

export function toRhythm(db: Ctx['db'], r: repo.RhythmRow): ReportRhythm {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    name: r.name,
    rhythm: r.rhythm,
    rhythmLabel: rhythmLabel(parseRhythm(r.rhythm)),
    remindDays: r.remind_days,
    graceDays: r.grace_days,
    startDate: r.start_date,
    owedFrom: rhythmStart(r),
    endDate: r.end_date,
    ownerGroup: r.owner_group,
    unitIds: repo.listedUnits(db, r.id),
    figureLabels: JSON.parse(r.figure_labels) as string[],
    withIncidents: r.with_incidents === 1,
    owedUnits: repo.owedUnits(db, r),
    voidedAt: r.voided_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

/** A rhythm's calendar: what it is, its window, and the periods it owes up to today's period. */
export interface RhythmCalendar {
  rhythm: Rhythm
  window: RhythmWindow
  periods: Period[]
}

/**
 * The first day a rhythm can be owed: its stated 起报日期, or else the later of the campaign's start
 * and the day the rhythm was entered — a unit cannot miss a report that was not yet required.
 */
export const rhythmStart = (r: repo.RhythmRow): string => {
  if (r.start_date !== null) return r.start_date
  const entered = localDate(new Date(r.created_at))
  return entered > r.campaign_start ? entered : r.campaign_start
}

/**
 * The periods a rhythm owes: due days from its start (rhythmStart) to its end (or the
 * campaign's end, or the day it was closed). A campaign without an end owes up to the period
 * today falls in, so the overview shows this week but not next year's. Every count, ranking,
 * 催报 list and print reads its periods here.
 */
export function calendarOf(r: repo.RhythmRow, today: string): RhythmCalendar {
  const rhythm = parseRhythm(r.rhythm)
  const window = { remindDays: r.remind_days, graceDays: r.grace_days }
  const from = rhythmStart(r)
  const ends = [r.end_date ?? r.campaign_end, r.campaign_closed].filter((d): d is string => d !== null)
  const to = ends.length > 0 ? ends.reduce((a, b) => (a < b ? a : b)) : periodOf(rhythm, window, today).end
  return { rhythm, window, periods: periodsBetween(rhythm, window, from, to) }
}

export function liveRhythmRow(ctx: Ctx, id: string, field = 'rhythmId'): repo.RhythmRow {
  const r = repo.getRhythm(ctx.db, id)
  if (!r || r.voided_at !== null) throw notFound('报送事项', field)
  return r
}

export const getRhythm = (ctx: Ctx, id: string): ReportRhythm => toRhythm(ctx.db, liveRhythmRow(ctx, id, 'id'))

export function listRhythms(ctx: Ctx, campaignId: string): ReportRhythm[] {
  if (!ctx.db.prepare('SELECT 1 FROM campaigns WHERE id = ?').get(campaignId)) throw notFound('专项行动', 'campaignId')
  return repo.rhythmsOf(ctx.db, campaignId).map((r) => toRhythm(ctx.db, r))
}

function checkUnits(ctx: Ctx, unitIds: readonly string[], ownerGroup: string | null): void {
  const live = ctx.db.prepare('SELECT 1 FROM responsible_units WHERE id = ? AND voided_at IS NULL')
  for (const [n, u] of unitIds.entries()) if (!live.get(u)) throw notFound('报送单位', `unitIds.${n}`)
  if (ownerGroup === null && unitIds.length === 0) throw new AppError('VALIDATION', '请选择报送单位：各村（社区）、各有关单位，或逐个选择', 'unitIds')
}

function checkDates(w: repo.RhythmWrite): void {
  if (w.startDate && w.endDate && w.endDate < w.startDate) throw new AppError('VALIDATION', '止报日期不能早于起报日期', 'endDate')
  if (new Set(w.figureLabels).size !== w.figureLabels.length) throw new AppError('VALIDATION', '报送数字项不能重名', 'figureLabels')
}

export function createRhythm(ctx: Ctx, a: z.output<typeof rhythmCreateSchema>): ReportRhythm {
  return inTx(ctx, () => {
    const campaign = ctx.db.prepare("SELECT status FROM campaigns WHERE id = ? AND voided_at IS NULL").pluck().get(a.campaignId) as string | undefined
    if (!campaign) throw notFound('专项行动', 'campaignId')
    checkUnits(ctx, a.unitIds, a.ownerGroup)
    checkDates(a)
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    repo.insertRhythm(ctx.db, id, a.campaignId, a, at, by)
    repo.setListedUnits(ctx.db, id, a.unitIds, linkEdit(ctx, UNLISTED))
    audit(ctx, { action: 'create', entity: 'report_rhythm', entityId: id, data: a })
    return getRhythm(ctx, id)
  })
}

export function updateRhythm(ctx: Ctx, a: z.output<typeof rhythmUpdateSchema>): ReportRhythm {
  return inTx(ctx, () => {
    const old = toRhythm(ctx.db, liveRhythmRow(ctx, a.id, 'id'))
    const next: repo.RhythmWrite = {
      name: a.name ?? old.name,
      rhythm: a.rhythm ?? old.rhythm,
      remindDays: a.remindDays ?? old.remindDays,
      graceDays: a.graceDays ?? old.graceDays,
      startDate: a.startDate === undefined ? old.startDate : a.startDate,
      endDate: a.endDate === undefined ? old.endDate : a.endDate,
      ownerGroup: a.ownerGroup === undefined ? old.ownerGroup : a.ownerGroup,
      figureLabels: a.figureLabels ?? old.figureLabels,
      withIncidents: a.withIncidents ?? old.withIncidents,
    }
    const unitIds = a.unitIds ?? old.unitIds
    checkUnits(ctx, unitIds, next.ownerGroup)
    checkDates(next)
    if (next.rhythm !== old.rhythm && ctx.db.prepare('SELECT 1 FROM report_submissions WHERE rhythm_id = ? AND voided_at IS NULL').get(a.id)) {
      throw new AppError('ILLEGAL_STATE', '已有报送记录，不能再改报送频次；请作废本事项后另建', 'rhythm')
    }
    const { at, by } = stamp(ctx)
    repo.updateRhythm(ctx.db, a.id, next, at, by)
    repo.setListedUnits(ctx.db, a.id, unitIds, linkEdit(ctx, UNLISTED))
    audit(ctx, { action: 'update', entity: 'report_rhythm', entityId: a.id, data: a })
    return getRhythm(ctx, a.id)
  })
}

export function voidRhythm(ctx: Ctx, id: string, reason: string): void {
  inTx(ctx, () => {
    liveRhythmRow(ctx, id, 'id')
    const { at, by } = stamp(ctx)
    repo.voidRhythm(ctx.db, id, reason, at, by)
    audit(ctx, { action: 'void', entity: 'report_rhythm', entityId: id, data: { reason } })
  })
}
