import type { z } from 'zod'
import * as areas from '../areas/repo'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { formatDateTime } from '../documents/format'
import { casesByIds, documentsOf, liveCase } from '../escalation/links'
import { recordOnCase } from '../escalation/timeline'
import { AppError, notFound } from '../errors'
import type { Page } from '../paging'
import { changes, definedOnly } from '../patch'
import * as subjects from '../subjects/repo'
import * as commitments from './commitments-repo'
import * as repo from './repo'
import type { InterviewWrite } from './repo'
import {
  interviewKindLabels,
  interviewStatusLabels,
  type Interview,
  type interviewCreateSchema,
  type InterviewDetail,
  type interviewListSchema,
  type InterviewStatus,
  type interviewUpdateSchema,
  type interviewVoidSchema,
} from './schema'

export function getInterview(ctx: Ctx, id: string): Interview {
  const i = repo.get(ctx.db, id, ctx.clock.today())
  if (!i) throw notFound('约谈', 'id')
  return i
}

export function getInterviewDetail(ctx: Ctx, id: string): InterviewDetail {
  const i = getInterview(ctx, id)
  return {
    ...i,
    cases: casesByIds(ctx, i.caseIds),
    commitments: commitments.listFor(ctx.db, id, ctx.clock.today()),
    documents: documentsOf(ctx, 'interview_id', id),
  }
}

export function listInterviews(ctx: Ctx, f: z.output<typeof interviewListSchema>): Page<Interview> {
  return { ...repo.list(ctx.db, f, ctx.clock.today()), page: f.page, pageSize: f.pageSize }
}

/** Refuses an act the interview's status does not allow, naming the status. */
export function requireStatus(i: Interview, allowed: readonly InterviewStatus[], what: string): void {
  if (!allowed.includes(i.status)) {
    throw new AppError('ILLEGAL_STATE', `「${interviewStatusLabels[i.status]}」的约谈不能${what}`, 'id')
  }
}

/** The unit, village or department an interview concerns must exist and be live. */
function assertTargets(ctx: Ctx, w: InterviewWrite): void {
  if (w.subjectId !== null) {
    const s = subjects.get(ctx.db, w.subjectId)
    if (!s) throw notFound('监管对象', 'subjectId')
    if (s.voidedAt) throw new AppError('ILLEGAL_STATE', `「${s.name}」已作废，不能约谈`, 'subjectId')
  }
  if (w.areaId !== null) {
    const a = areas.get(ctx.db, w.areaId)
    if (!a || a.voidedAt) throw new AppError('VALIDATION', '所选村(社区)不存在或已作废', 'areaId')
  }
}

/** The timeline note of an interview: its kind, time and place. */
const planNote = (w: Pick<InterviewWrite, 'kind' | 'plannedAt' | 'place'>): string =>
  `${interviewKindLabels[w.kind]}，${formatDateTime(w.plannedAt)}，${w.place}`

export function createInterview(ctx: Ctx, input: z.output<typeof interviewCreateSchema>): Interview {
  return inTx(ctx, () => {
    const { caseIds, ...plan } = input
    assertTargets(ctx, plan)
    const unique = [...new Set(caseIds)]
    unique.forEach((caseId, n) => liveCase(ctx, caseId, `caseIds.${n}`))
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, id, plan, at, by)
    for (const caseId of unique) {
      repo.linkCase(ctx.db, id, caseId)
      recordOnCase(ctx, { caseId, action: 'interviewPlanned', note: planNote(plan), data: { interviewId: id } })
    }
    audit(ctx, { action: 'create', entity: 'interview', entityId: id, data: input })
    return getInterview(ctx, id)
  })
}

export function updateInterview(ctx: Ctx, input: z.output<typeof interviewUpdateSchema>): Interview {
  return inTx(ctx, () => {
    const { id, expectedUpdatedAt, ...patch } = input
    const before = getInterview(ctx, id)
    requireStatus(before, ['planned', 'held'], '修改')
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt) {
      throw new AppError('CONFLICT', `该约谈已被${before.updatedBy}修改，请刷新后再保存`)
    }
    const current: InterviewWrite = {
      kind: before.kind,
      subjectId: before.subjectId,
      areaId: before.areaId,
      orgName: before.orgName,
      interviewees: before.interviewees,
      interviewers: before.interviewers,
      recorder: before.recorder,
      plannedAt: before.plannedAt,
      place: before.place,
      reason: before.reason,
      bring: before.bring,
    }
    const next: InterviewWrite = { ...current, ...definedOnly(patch) }
    assertTargets(ctx, next)
    const diff = changes(current, next)
    if (Object.keys(diff).length === 0) return before
    const { at, by } = stamp(ctx)
    repo.update(ctx.db, id, next, at, by)
    audit(ctx, { action: 'update', entity: 'interview', entityId: id, data: diff })
    return getInterview(ctx, id)
  })
}

export function voidInterview(ctx: Ctx, input: z.output<typeof interviewVoidSchema>): Interview {
  return inTx(ctx, () => {
    const before = getInterview(ctx, input.id)
    requireStatus(before, ['planned', 'held', 'minuted'], '作废')
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, input.id, input.reason, at, by)
    for (const caseId of before.caseIds) {
      recordOnCase(ctx, { caseId, action: 'interviewVoided', note: `${interviewKindLabels[before.kind]}作废：${input.reason}`, data: { interviewId: input.id } })
    }
    audit(ctx, { action: 'void', entity: 'interview', entityId: input.id, data: { reason: input.reason } })
    return getInterview(ctx, input.id)
  })
}
