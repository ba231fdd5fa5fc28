import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { decodeUpload, storeCampaignFile } from '../campaigns/files'
import { insertIncidents } from '../incidents/service'
import { periodByKey, type Period } from './calendar'
import * as repo from './repo'
import { calendarOf, liveRhythmRow } from './rhythms'
import type { Submission, submissionRecordSchema } from './schema'
import { standingOf } from './standing'

/** The rhythm's period with this key, refused when the rhythm does not owe it. */
export function owedPeriod(ctx: Ctx, r: repo.RhythmRow, key: string): Period {
  const cal = calendarOf(r, ctx.clock.today())
  const p = periodByKey(cal.rhythm, cal.window, key)
  if (!p || !cal.periods.some((q) => q.key === key)) throw new AppError('VALIDATION', `报送期次“${key}”不在本事项的报送期内`, 'periodKey')
  return p
}

export function getSubmission(ctx: Ctx, id: string): Submission {
  const s = repo.getSubmission(ctx.db, id)
  if (!s) throw notFound('报送记录', 'id')
  const r = repo.getRhythm(ctx.db, s.rhythm_id)
  if (!r) throw notFound('报送事项', 'id')
  const cal = calendarOf(r, ctx.clock.today())
  const p = periodByKey(cal.rhythm, cal.window, s.period_key)
  if (!p) throw notFound('报送期次', 'id')
  const incidentIds = ctx.db.prepare('SELECT id FROM fire_incidents WHERE submission_id = ? AND voided_at IS NULL ORDER BY occurred_on').pluck().all(id) as string[]
  return {
    id: s.id,
    rhythmId: s.rhythm_id,
    rhythmName: r.name,
    campaignId: r.campaign_id,
    unitId: s.unit_id,
    unitName: s.unit_name,
    periodKey: s.period_key,
    periodLabel: p.label,
    due: p.due,
    cutoff: p.cutoff,
    receivedDate: s.received_date,
    standing: standingOf(p, s.received_date, ctx.clock.today()),
    content: s.content,
    figures: JSON.parse(s.figures) as Record<string, number>,
    fileId: s.file_id,
    fileName: s.file_name,
    incidentIds,
    voidedAt: s.voided_at,
    voidReason: s.void_reason,
    createdAt: s.created_at,
    createdBy: s.created_by,
  }
}

/**
 * Records one unit's report for one period, with the 火灾事故登记台账 rows that came with it.
 * Late and missing follow from the day received; a second report for the same period is refused
 * (void the first to correct it), so the overview never counts a unit twice.
 */
export function recordSubmission(ctx: Ctx, a: z.output<typeof submissionRecordSchema>): Submission {
  const bytes = a.fileBase64 === undefined ? null : decodeUpload(a.fileBase64, 'fileBase64')
  return inTx(ctx, () => {
    const r = liveRhythmRow(ctx, a.rhythmId)
    const unit = repo.owedUnits(ctx.db, r).find((u) => u.id === a.unitId)
    if (!unit) throw new AppError('VALIDATION', '该单位不在本事项的报送单位中', 'unitId')
    const p = owedPeriod(ctx, r, a.periodKey)
    if (a.receivedDate > ctx.clock.today()) throw new AppError('VALIDATION', '收到日期不能晚于今天', 'receivedDate')
    if (a.receivedDate < p.start) throw new AppError('VALIDATION', `收到日期不能早于本期开始（${p.start}）`, 'receivedDate')
    if (repo.liveSubmissionId(ctx.db, r.id, p.key, unit.id)) {
      throw new AppError('CONFLICT', `${unit.name}已报送${p.label}，如需更正请先作废原记录`, 'unitId')
    }
    const labels = JSON.parse(r.figure_labels) as string[]
    const unknown = Object.keys(a.figures).find((k) => !labels.includes(k))
    if (unknown !== undefined) throw new AppError('VALIDATION', `“${unknown}”不是本事项的报送数字项`, `figures.${unknown}`)
    if (a.incidents.length > 0 && r.with_incidents !== 1) throw new AppError('VALIDATION', '本事项不附火灾事故登记台账', 'incidents')
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    // The report's file (the unit's 推进情况表 as sent) goes to the blob store, named by its hash.
    const fileId = bytes === null ? null : storeCampaignFile(ctx, r.campaign_id, 'evidence', a.fileName ?? `${unit.name}${p.label}报送材料`, bytes)
    repo.insertSubmission(ctx.db, id, { ...a, periodKey: p.key, fileId }, at, by)
    insertIncidents(ctx, a.incidents, { campaignId: r.campaign_id, unitId: unit.id, submissionId: id }, 'incidents.')
    const { fileBase64: _bytes, ...logged } = a
    const title = `${r.name}（${p.label}）`
    audit(ctx, { action: 'create', entity: 'report_submission', entityId: id, data: { ...logged, title, unitName: unit.name, incidents: a.incidents.length, fileId } })
    return getSubmission(ctx, id)
  })
}

/** Voids a report entered by mistake, and the incident rows that came with it. */
export function voidSubmission(ctx: Ctx, id: string, reason: string): Submission {
  return inTx(ctx, () => {
    const s = repo.getSubmission(ctx.db, id)
    if (!s) throw notFound('报送记录', 'id')
    if (s.voided_at) throw new AppError('ILLEGAL_STATE', '这条报送记录已作废', 'id')
    const { at, by } = stamp(ctx)
    repo.voidSubmission(ctx.db, id, reason, at, by)
    audit(ctx, { action: 'void', entity: 'report_submission', entityId: id, data: { reason } })
    return getSubmission(ctx, id)
  })
}
