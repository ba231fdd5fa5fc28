import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { addDays, formatDateZh } from '../dates'
import { issueDocument } from '../documents/register/issue'
import type { IssuedDocument } from '../documents/register/types'
import { AppError } from '../errors'
import { formDraft } from '../escalation/register'
import * as repo from './repo'
import { liveRhythmRow, toRhythm } from './rhythms'
import type { ChaseDraft, ChaseResult, ChaseTarget, chaseSchema, OwedUnit, ReportRhythm } from './schema'
import { isChaseable, standingOf } from './standing'
import { standingLabels } from './types'
import { owedPeriod } from './submissions'

/** The units of a period not yet in, from its reminder day on: who a 催报 goes to. */
export function chaseTarget(ctx: Ctx, rhythmId: string, periodKey: string): ChaseTarget {
  const r = liveRhythmRow(ctx, rhythmId)
  const period = owedPeriod(ctx, r, periodKey)
  const today = ctx.clock.today()
  const got = new Map(repo.receivedOf(ctx.db, r.id).filter((s) => s.period_key === period.key).map((s) => [s.unit_id, s.received_date]))
  const units = repo
    .owedUnits(ctx.db, r)
    .map((u) => ({ ...u, standing: standingOf(period, got.get(u.id) ?? null, today) }))
    .filter((u) => isChaseable(u.standing))
  const reminders = repo.remindersOf(ctx.db, r.id, period.key).map((x) => ({ id: x.id, date: x.date, method: x.method, documentNumber: x.document_number, units: x.units }))
  return { rhythm: toRhythm(ctx.db, r), period, units, reminders }
}

const MAX_RECIPIENT = 100

/** 主送: the units by name, or the group when it is all of them, or when the names run too long. */
function recipientOf(rhythm: ReportRhythm, units: readonly OwedUnit[]): string {
  const everyVillage = rhythm.ownerGroup === 'villages' && rhythm.owedUnits.filter((u) => u.unitType === 'village').every((v) => units.some((u) => u.id === v.id))
  if (everyVillage && units.every((u) => u.unitType === 'village')) return '各村（社区）'
  const names = units.map((u) => u.name).join('、')
  return names.length <= MAX_RECIPIENT ? names : '有关村（社区）、单位'
}

function letterData(t: ChaseTarget, today: string): Record<string, unknown> {
  const reply = t.period.cutoff > today ? t.period.cutoff : addDays(today, 2)
  return {
    title: `关于催报${t.rhythm.name}（${t.period.label}）的函`,
    recipient: recipientOf(t.rhythm, t.units),
    matter: [
      `按照${t.rhythm.campaignName}的部署，${t.rhythm.name}应于${t.rhythm.rhythmLabel.replace(/前$/, '')}报送镇消安委办。${t.period.label}的报送截止日为${formatDateZh(t.period.due)}。`,
      `截至${formatDateZh(today)}，下列${t.units.length}个单位尚未报送：${t.units.map((u) => `${u.name}（${standingLabels[u.standing]}）`).join('、')}。`,
    ].join('\n'),
    requests: [
      `请于${formatDateZh(reply)}前补报${t.rhythm.name}${t.rhythm.withIncidents ? '及火灾事故登记台账' : ''}。`,
      '逾期仍未报送的，计为漏报，纳入评分排名，并在全镇工作通报中予以通报。',
    ].join('\n'),
    replyDeadline: reply,
    date: today,
  }
}


/** The 催报 letter filled in for every unit not yet in, to check and edit before issuing. */
export function draftChase(ctx: Ctx, rhythmId: string, periodKey: string): ChaseDraft {
  const t = chaseTarget(ctx, rhythmId, periodKey)
  return { ...t, letter: formDraft(ctx, 'notice_letter', letterData(t, ctx.clock.today())) }
}

function nobodyToChase(t: ChaseTarget, today: string): AppError {
  if (today < t.period.remindFrom) return new AppError('ILLEGAL_STATE', `${t.period.label}尚未到提醒日（${formatDateZh(t.period.remindFrom)}），暂不催报`, 'periodKey')
  return new AppError('ILLEGAL_STATE', `${t.period.label}各单位均已报送，无需催报`, 'periodKey')
}

/**
 * 催报 in one action: one 函告 (notice_letter) through the document register to every unit not yet
 * in, or a printed list; either way the reminder and the units it went to are recorded.
 */
export function chase(ctx: Ctx, a: z.output<typeof chaseSchema>): ChaseResult {
  return inTx(ctx, () => {
    const t = chaseTarget(ctx, a.rhythmId, a.periodKey)
    const today = ctx.clock.today()
    if (t.units.length === 0) throw nobodyToChase(t, today)
    let doc: IssuedDocument | null = null
    if (a.method === 'letter') {
      doc = issueDocument(ctx, { kind: 'notice_letter', data: a.data ?? letterData(t, today) })
      ctx.db.prepare('UPDATE documents SET campaign_id = ? WHERE id = ?').run(t.rhythm.campaignId, doc.id)
    }
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    const unitIds = t.units.map((u) => u.id)
    repo.insertReminder(ctx.db, { id, rhythmId: t.rhythm.id, periodKey: t.period.key, date: today, method: a.method, documentId: doc?.id ?? null, unitIds }, at, by)
    audit(ctx, { action: 'chase', entity: 'report_rhythm', entityId: t.rhythm.id, data: { periodKey: t.period.key, method: a.method, unitIds, number: doc?.number } })
    const units = t.units.map((u) => ({ id: u.id, name: u.name, unitType: u.unitType, contactName: u.contactName, contactPhone: u.contactPhone }))
    return { reminderId: id, units, documentId: doc?.id ?? null, number: doc?.number ?? null, path: doc?.path ?? null }
  })
}
