import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { getCase, createCase } from '../cases/service'
import { appendEvent } from '../cases/timeline'
import { inTx, type Ctx } from '../context'
import { formatDateZh } from '../dates'
import { AppError, notFound } from '../errors'
import { assertCampaign, inspectorNames } from '../inspections/rules'
import { offsetOf, type Page } from '../paging'
import { matchingCases, sample } from './pick'
import * as repo from './repo'
import type { Revisit, RevisitCriteria, revisitCreateSchema, RevisitDetail, RevisitItem, RevisitPreview, revisitPreviewSchema, revisitRecordSchema } from './schema'

const PREVIEW_ROWS = 20

function toRevisit(r: repo.RevisitRow): Revisit {
  return { ...r, criteria: JSON.parse(r.criteria) as RevisitCriteria }
}

export function previewRevisit(ctx: Ctx, c: z.output<typeof revisitPreviewSchema>): RevisitPreview {
  assertCampaign(ctx, c.campaignId)
  const matched = matchingCases(ctx.db, c)
  const picked = sample(matched, c.samplePercent, c.seed ?? 1)
  return { matched: matched.length, picked: picked.length, sample: picked.slice(0, PREVIEW_ROWS).map((id) => getCase(ctx, id)) }
}

/** A 回头看 round: the closed cases picked by the criteria become its re-visit list, in one write. */
export function createRevisit(ctx: Ctx, input: z.output<typeof revisitCreateSchema>): RevisitDetail {
  return inTx(ctx, () => {
    const { title, ...criteria } = input
    assertCampaign(ctx, criteria.campaignId)
    const id = ctx.newId()
    // A sample is drawn once, seeded from the round's id unless given; the seed is kept with the criteria so the draw can be repeated.
    const seed = criteria.samplePercent === undefined ? undefined : (criteria.seed ?? parseInt(createHash('sha256').update(id).digest('hex').slice(0, 7), 16))
    const kept = { ...criteria, ...(seed === undefined ? {} : { seed }) }
    const picked = sample(matchingCases(ctx.db, criteria), criteria.samplePercent, seed ?? 1)
    if (picked.length === 0) throw new AppError('VALIDATION', '没有符合条件的已销号隐患，请放宽条件', 'closedFrom')
    const { at, by } = stamp(ctx)
    repo.insertRevisit(ctx.db, { id, title, campaignId: criteria.campaignId ?? null, criteria: JSON.stringify(kept), samplePercent: criteria.samplePercent ?? null, at, by })
    picked.forEach((caseId, i) => repo.insertItem(ctx.db, { id: ctx.newId(), revisitId: id, caseId, seq: i + 1 }))
    audit(ctx, { action: 'create', entity: 'revisit', entityId: id, data: { title, criteria: kept, cases: picked.length } })
    return getRevisit(ctx, id)
  })
}

export function getRevisit(ctx: Ctx, id: string): RevisitDetail {
  const r = repo.getRevisit(ctx.db, id)
  if (!r) throw notFound('回头看', 'id')
  const items: RevisitItem[] = repo.itemsOf(ctx.db, id).map((x) => ({ ...x, case: getCase(ctx, x.caseId) }))
  return { ...toRevisit(r), items }
}

export function listRevisits(ctx: Ctx, args: { page: number; pageSize: number }): Page<Revisit> {
  const { rows, total } = repo.listRevisits(ctx.db, args.pageSize, offsetOf(args.page, args.pageSize))
  return { rows: rows.map(toRevisit), total, page: args.page, pageSize: args.pageSize }
}

/**
 * The result of one re-visit: 保持, or 反弹 with the hazard found again, which is registered as a
 * new case of the same unit and linked both ways on the two cases' timelines. All or nothing.
 */
export function recordRevisit(ctx: Ctx, input: z.output<typeof revisitRecordSchema>): RevisitDetail {
  return inTx(ctx, () => {
    const item = repo.getItem(ctx.db, input.itemId)
    if (!item || !repo.getRevisit(ctx.db, item.revisitId)) throw notFound('回头看条目', 'itemId')
    const old = getCase(ctx, item.caseId)
    if (item.outcome !== null) {
      throw new AppError('ILLEGAL_STATE', `隐患${old.number}的回头看结果已登记为“${item.outcome === 'kept' ? '保持' : '反弹'}”`, 'outcome')
    }
    const today = ctx.clock.today()
    const date = input.date ?? today
    if (date > today) throw new AppError('VALIDATION', `回头看日期不能晚于今天（${formatDateZh(today)}）`, 'date')
    if (old.closedDate !== null && date < old.closedDate) {
      throw new AppError('VALIDATION', `回头看日期不能早于销号日期（${formatDateZh(old.closedDate)}）`, 'date')
    }
    let newCase: { id: string; number: string } | null = null
    if (input.outcome === 'kept') {
      if (input.hazard !== undefined) throw new AppError('VALIDATION', '结果为“保持”时不登记新隐患', 'hazard')
    } else {
      const h = input.hazard
      if (h === undefined) throw new AppError('VALIDATION', '结果为“反弹”时请填写发现的隐患', 'hazard.description')
      const inspectors = inspectorNames(ctx, input)
      const c = createCase(ctx, {
        subjectId: old.subjectId,
        foundDate: date,
        source: input.source,
        inspectors,
        categoryId: h.categoryId ?? old.categoryId,
        severity: h.severity ?? old.severity,
        description: h.description,
        legalBasis: h.legalBasis ?? old.legalBasis,
        requirement: h.requirement,
        deadline: h.deadline,
      })
      newCase = { id: c.id, number: c.number }
      appendEvent(ctx, { caseId: c.id, action: 'relapseOf', fromStatus: 'registered', toStatus: 'registered', date, note: input.note, data: { caseId: old.id, number: old.number } })
    }
    const { at, by } = stamp(ctx)
    repo.recordItem(ctx.db, item.id, { outcome: input.outcome, checkedOn: date, note: input.note, newCaseId: newCase?.id ?? null, at, by })
    appendEvent(ctx, {
      caseId: old.id,
      action: input.outcome === 'kept' ? 'revisitKept' : 'revisitRelapsed',
      fromStatus: old.status,
      toStatus: old.status,
      date,
      note: input.note,
      data: { revisitId: item.revisitId, ...(newCase ? { newCaseId: newCase.id, newCaseNumber: newCase.number } : {}) },
    })
    audit(ctx, { action: 'record', entity: 'revisit_item', entityId: item.id, data: { outcome: input.outcome, date, newCaseId: newCase?.id ?? null } })
    return getRevisit(ctx, item.revisitId)
  })
}
