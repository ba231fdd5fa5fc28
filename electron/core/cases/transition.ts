import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { asIsoDay } from '../dates'
import { AppError, type FieldIssue } from '../errors'
import { lifecycle, planTransition, stepDayIssues } from './lifecycle'
import * as repo from './repo'
import type { Case, caseTransitionSchema } from './schema'
import { getCase } from './service'
import { appendEvent } from './timeline'

/** Moves a case one step along its lifecycle: the new state, a timeline entry and an audit row, together. */
export function transitionCase(ctx: Ctx, input: z.output<typeof caseTransitionSchema>): Case {
  return inTx(ctx, () => {
    const { id, note, documentId, expectedUpdatedAt, ...action } = input
    const before = getCase(ctx, id)
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt) {
      throw new AppError('CONFLICT', `隐患 ${before.number} 已被${before.updatedBy}修改，请刷新后再操作`)
    }
    const plan = planTransition(before, action, ctx.clock.today())
    const { at, by } = stamp(ctx)
    repo.updateState(
      ctx.db,
      id,
      {
        status: plan.to,
        deadline: plan.deadline ?? before.deadline,
        escalated: plan.escalated ?? before.escalated,
        closedDate: plan.closedDate ?? before.closedDate,
        closedBy: plan.closedDate === undefined ? before.closedBy : by,
        voidedAt: plan.voidReason === undefined ? before.voidedAt : at,
        voidReason: plan.voidReason ?? before.voidReason,
        voidedBy: plan.voidReason === undefined ? before.voidedBy : by,
      },
      at,
      by,
    )
    appendEvent(ctx, {
      caseId: id,
      action: action.action,
      fromStatus: plan.from,
      toStatus: plan.to,
      date: plan.date,
      note,
      data: plan.data,
      documentId: documentId ?? null,
    })
    audit(ctx, {
      action: action.action,
      entity: 'case',
      entityId: id,
      data: { from: plan.from, to: plan.to, date: plan.date, note, documentId, ...plan.data },
    })
    return getCase(ctx, id)
  })
}

/**
 * The step's day rules on args the schema refused for another field (a 延期原因 left empty), so a
 * deadline before the old one comes in the same answer. A date that is not a day is the schema's to
 * name; the rules that count from it wait.
 */
export function stepDayIssuesOfRaw(raw: Record<string, unknown>, ctx: Ctx): FieldIssue[] {
  const action = typeof raw.action === 'string' && Object.hasOwn(lifecycle, raw.action) ? (raw.action as keyof typeof lifecycle) : undefined
  const c = typeof raw.id === 'string' ? repo.get(ctx.db, raw.id, ctx.clock.today()) : undefined
  if (!action || !c || !lifecycle[action].from.includes(c.status)) return []
  const date = asIsoDay(raw.date)
  if (raw.date !== undefined && date === undefined) return []
  const step = { action, date, newDeadline: asIsoDay(raw.newDeadline), escalate: raw.escalate === true }
  return stepDayIssues(c, step, ctx.clock.today())
}
