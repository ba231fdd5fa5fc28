import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { monthEnd } from '../dates'
import { AppError, notFound } from '../errors'
import * as repo from './repo'
import type { itemsSaveSchema, progressSchema, ScoreSheet, targetsSchema, Visit, VisitProgress, visitRecordSchema } from './schema'

function liveCampaign(ctx: Ctx, id: string): void {
  if (!ctx.db.prepare('SELECT 1 FROM campaigns WHERE id = ? AND voided_at IS NULL').get(id)) throw notFound('专项行动', 'campaignId')
}

export function scoreSheet(ctx: Ctx, campaignId: string): ScoreSheet {
  liveCampaign(ctx, campaignId)
  const items = repo.liveItems(ctx.db, campaignId)
  return { campaignId, items, total: items.reduce((a, i) => a + i.points, 0), targets: repo.targets(ctx.db, campaignId) }
}

/**
 * Saves the campaign's 实地评分表 as edited: rows keep their ids, so a past visit keeps pointing at
 * the item it scored (with the points it had then); rows taken out are voided, not deleted.
 */
export function saveItems(ctx: Ctx, a: z.output<typeof itemsSaveSchema>): ScoreSheet {
  return inTx(ctx, () => {
    liveCampaign(ctx, a.campaignId)
    const old = new Set(repo.liveItems(ctx.db, a.campaignId).map((i) => i.id))
    const { at, by } = stamp(ctx)
    for (const [n, item] of a.items.entries()) {
      const row = { seq: n + 1, title: item.title, points: item.points }
      if (item.id === undefined) repo.insertItem(ctx.db, ctx.newId(), a.campaignId, row, at, by)
      else if (old.delete(item.id)) repo.updateItem(ctx.db, item.id, row, at, by)
      else throw notFound('评分项', `items.${n}.id`)
    }
    for (const gone of old) repo.voidItem(ctx.db, gone, at, by)
    audit(ctx, { action: 'saveItems', entity: 'campaign', entityId: a.campaignId, data: a.items })
    return scoreSheet(ctx, a.campaignId)
  })
}

export function setTargets(ctx: Ctx, a: z.output<typeof targetsSchema>): ScoreSheet {
  return inTx(ctx, () => {
    liveCampaign(ctx, a.campaignId)
    const { at, by } = stamp(ctx)
    repo.setTargets(ctx.db, a.campaignId, a.villagesPerMonth, a.householdsPerMonth, at, by)
    audit(ctx, { action: 'setTargets', entity: 'campaign', entityId: a.campaignId, data: a })
    return scoreSheet(ctx, a.campaignId)
  })
}

/** One on-site visit to a village with a score for every item of the table. */
export function recordVisit(ctx: Ctx, a: z.output<typeof visitRecordSchema>): Visit {
  return inTx(ctx, () => {
    liveCampaign(ctx, a.campaignId)
    const unit = ctx.db.prepare("SELECT unit_type FROM responsible_units WHERE id = ? AND voided_at IS NULL").pluck().get(a.unitId)
    if (unit !== 'village') throw new AppError('VALIDATION', '实地评分只对村（社区）', 'unitId')
    if (a.visitDate > ctx.clock.today()) throw new AppError('VALIDATION', '督导日期不能晚于今天', 'visitDate')
    const items = repo.liveItems(ctx.db, a.campaignId)
    if (items.length === 0) throw new AppError('ILLEGAL_STATE', '本专项行动还没有实地评分表，请先填写评分项', 'scores')
    const given = new Map(a.scores.map((s) => [s.itemId, s.score]))
    const scores = items.map((item) => {
      const score = given.get(item.id)
      const at = `scores.${a.scores.findIndex((s) => s.itemId === item.id)}.score`
      if (score === undefined) throw new AppError('VALIDATION', `请为“${item.title}”打分`, 'scores')
      if (score > item.points) throw new AppError('VALIDATION', `“${item.title}”得分不能超过${item.points}分`, at)
      return { itemId: item.id, score, maxPoints: item.points }
    })
    const stray = a.scores.findIndex((s) => !items.some((i) => i.id === s.itemId))
    if (stray >= 0) throw notFound('评分项', `scores.${stray}.itemId`)
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    repo.insertVisit(ctx.db, id, { ...a, scores }, at, by)
    audit(ctx, { action: 'create', entity: 'score_visit', entityId: id, data: a })
    return repo.visits(ctx.db, { campaignId: a.campaignId, id })[0] as Visit
  })
}

export function voidVisit(ctx: Ctx, id: string, reason: string): { id: string } {
  return inTx(ctx, () => {
    const v = ctx.db.prepare('SELECT voided_at FROM score_visits WHERE id = ?').get(id) as { voided_at: string | null } | undefined
    if (!v) throw notFound('实地评分', 'id')
    if (v.voided_at) throw new AppError('ILLEGAL_STATE', '这次实地评分已作废', 'id')
    const { at, by } = stamp(ctx)
    repo.voidVisit(ctx.db, id, reason, at, by)
    audit(ctx, { action: 'void', entity: 'score_visit', entityId: id, data: { reason } })
    return { id }
  })
}

export function listVisits(ctx: Ctx, campaignId: string, month?: string): Visit[] {
  liveCampaign(ctx, campaignId)
  return repo.visits(ctx.db, month ? { campaignId, from: `${month}-01`, to: monthEnd(`${month}-01`) } : { campaignId })
}

/** A month's visits against the targets (每月督导村寨不少于x个，走访农户不少于y户). */
export function visitProgress(ctx: Ctx, a: z.output<typeof progressSchema>): VisitProgress {
  const list = listVisits(ctx, a.campaignId, a.month)
  const t = repo.targets(ctx.db, a.campaignId)
  const by = new Map<string, VisitProgress['byVillage'][number] & { score: number; max: number }>()
  for (const v of list) {
    const row = by.get(v.unitId) ?? { unitId: v.unitId, unitName: v.unitName, visits: 0, households: 0, averageRate: null, score: 0, max: 0 }
    row.visits++
    row.households += v.households
    row.score += v.score
    row.max += v.maxScore
    by.set(v.unitId, row)
  }
  const villages = ctx.db
    .prepare("SELECT id AS unitId, name AS unitName FROM responsible_units WHERE unit_type = 'village' AND voided_at IS NULL ORDER BY sort_order, name")
    .all() as { unitId: string; unitName: string }[]
  return {
    month: a.month,
    villagesVisited: by.size,
    villagesTarget: t?.villagesPerMonth ?? null,
    households: list.reduce((s, v) => s + v.households, 0),
    householdsTarget: t?.householdsPerMonth ?? null,
    visits: list.length,
    byVillage: [...by.values()].map(({ score, max, ...r }) => ({ ...r, averageRate: max > 0 ? Math.round((1000 * score) / max) / 1000 : null })),
    notVisited: villages.filter((v) => !by.has(v.unitId)),
  }
}
