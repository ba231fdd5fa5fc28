import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { formatDateZh } from '../dates'
import { formatTimeRange } from '../documents/format'
import { recordOnCase } from '../escalation/timeline'
import { AppError, notFound } from '../errors'
import * as commitments from './commitments-repo'
import * as repo from './repo'
import { interviewKindLabels, type addCommitmentSchema, type closeCommitmentSchema, type Commitment, type InterviewDetail, type recordMinutesSchema } from './schema'
import { getInterview, getInterviewDetail, requireStatus } from './service'

const invalid = (message: string, field: string) => new AppError('VALIDATION', message, field)

/**
 * Records what was said: when it was held, who attended, the 问/答 in order and the commitments
 * made. It may be recorded again until the 约谈笔录 is issued; a commitment left out of a new
 * record is voided, not deleted.
 */
export function recordMinutes(ctx: Ctx, input: z.output<typeof recordMinutesSchema>): InterviewDetail {
  return inTx(ctx, () => {
    const before = getInterview(ctx, input.id)
    requireStatus(before, ['planned', 'held'], '记录笔录')
    const today = ctx.clock.today()
    if (input.startedAt.slice(0, 10) > today) throw invalid(`开始时间不能晚于今天（${formatDateZh(today)}）`, 'startedAt')
    if (input.endedAt <= input.startedAt) throw invalid('结束时间应晚于开始时间', 'endedAt')
    const heldOn = input.startedAt.slice(0, 10)
    input.commitments.forEach((c, n) => {
      if (c.deadline < heldOn) throw invalid('承诺期限不能早于约谈日期', `commitments.${n}.deadline`)
    })

    const { at, by } = stamp(ctx)
    const kept = new Set(input.commitments.flatMap((c) => (c.id === undefined ? [] : [c.id])))
    const existing = commitments.listFor(ctx.db, input.id, today).filter((c) => c.status !== 'voided')
    for (const c of existing) {
      if (!kept.has(c.id)) commitments.markVoided(ctx.db, c.id, '重新记录笔录时删去', at, by)
    }
    input.commitments.forEach((c, n) => {
      if (c.id === undefined) return commitments.insert(ctx.db, { id: ctx.newId(), interviewId: input.id, content: c.content, deadline: c.deadline }, at, by)
      const old = existing.find((e) => e.id === c.id)
      if (!old) throw notFound('承诺', `commitments.${n}.id`)
      if (old.status === 'open' && (old.content !== c.content || old.deadline !== c.deadline)) commitments.edit(ctx.db, c.id, c.content, c.deadline, at, by)
    })
    repo.writeMinutes(
      ctx.db,
      input.id,
      { startedAt: input.startedAt, endedAt: input.endedAt, place: input.place ?? before.place, recorder: input.recorder, attendees: input.attendees, exchanges: input.exchanges },
      at,
      by,
    )
    if (before.status === 'planned') {
      for (const caseId of before.caseIds) {
        recordOnCase(ctx, {
          caseId,
          action: 'interviewHeld',
          date: heldOn,
          note: `${interviewKindLabels[before.kind]}，${formatTimeRange(input.startedAt, input.endedAt)}，承诺${input.commitments.length}项`,
          data: { interviewId: input.id },
        })
      }
    }
    audit(ctx, { action: 'recordMinutes', entity: 'interview', entityId: input.id, data: input })
    return getInterviewDetail(ctx, input.id)
  })
}

/** A commitment made later (in writing, after the interview), with its own deadline. */
export function addCommitment(ctx: Ctx, input: z.output<typeof addCommitmentSchema>): Commitment {
  return inTx(ctx, () => {
    const i = getInterview(ctx, input.interviewId)
    requireStatus(i, ['held', 'minuted'], '登记承诺（请先记录约谈笔录）')
    const heldOn = (i.startedAt ?? i.plannedAt).slice(0, 10)
    if (input.deadline < heldOn) throw invalid('承诺期限不能早于约谈日期', 'deadline')
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    commitments.insert(ctx.db, { id, interviewId: input.interviewId, content: input.content, deadline: input.deadline }, at, by)
    audit(ctx, { action: 'addCommitment', entity: 'interview', entityId: input.interviewId, data: { commitmentId: id, content: input.content, deadline: input.deadline } })
    return getCommitment(ctx, id)
  })
}

function getCommitment(ctx: Ctx, id: string): Commitment {
  const c = commitments.get(ctx.db, id, ctx.clock.today())
  if (!c) throw notFound('承诺', 'id')
  return c
}

/** A commitment kept (兑现): the day it was done and how. */
export function closeCommitment(ctx: Ctx, input: z.output<typeof closeCommitmentSchema>): Commitment {
  return inTx(ctx, () => {
    const c = getCommitment(ctx, input.id)
    if (c.status !== 'open') throw new AppError('ILLEGAL_STATE', c.status === 'closed' ? '该承诺已登记兑现' : '该承诺已作废', 'id')
    const i = getInterview(ctx, c.interviewId)
    if (i.status === 'voided') throw new AppError('ILLEGAL_STATE', '约谈已作废，不能登记兑现', 'id')
    const today = ctx.clock.today()
    if (input.date > today) throw invalid(`兑现日期不能晚于今天（${formatDateZh(today)}）`, 'date')
    const heldOn = (i.startedAt ?? i.plannedAt).slice(0, 10)
    if (input.date < heldOn) throw invalid(`兑现日期不能早于约谈日期（${formatDateZh(heldOn)}）`, 'date')
    const { at, by } = stamp(ctx)
    commitments.close(ctx.db, input.id, input.date, input.note, at, by)
    audit(ctx, { action: 'closeCommitment', entity: 'interview', entityId: c.interviewId, data: { commitmentId: input.id, date: input.date, note: input.note } })
    return getCommitment(ctx, input.id)
  })
}
