import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { decodeUpload, storeCampaignFile } from '../campaigns/files'
import { liveCampaign } from '../campaigns/service'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { definedOnly } from '../patch'
import { dueOf } from './due'
import { periodContaining, periodsThrough, periodWithKey } from './period'
import * as repo from './repo'
import type { PeriodChoice, Task, taskCloseSchema, taskListSchema, taskProgressSchema, taskUpdateSchema, taskVoidSchema } from './schema'

export function getTask(ctx: Ctx, id: string, field = 'id'): Task {
  const t = repo.listTasks(ctx.db, ctx.clock.today(), 't.id = @id', { id })[0]
  if (!t || t.status === 'voided') throw notFound('任务', field)
  return t
}

/** A campaign's tasks; recurring ones in the period containing `periodDate` (today when left out; a later day is refused). */
export function listCampaignTasks(ctx: Ctx, campaignId: string, periodDate?: string): Task[] {
  liveCampaign(ctx, campaignId, 'campaignId')
  const today = ctx.clock.today()
  if (periodDate !== undefined && periodDate > today) throw new AppError('VALIDATION', `期次日期 ${periodDate} 晚于今天，该期尚未开始`, 'periodDate')
  return repo.listTasks(ctx.db, today, 't.campaign_id = @campaignId AND t.voided_at IS NULL', { campaignId }, periodDate ?? today)
}

/** The tasks the campaign page shows: those in one state (逾期 …), or all. */
export const campaignTasks = (ctx: Ctx, f: z.output<typeof taskListSchema>): Task[] =>
  listCampaignTasks(ctx, f.campaignId, f.periodDate).filter((t) => f.state === undefined || t.state === f.state)

/** The periods of a recurring task from its campaign's start to the current one, newest first; none for any other task. */
export function taskPeriods(ctx: Ctx, id: string): PeriodChoice[] {
  const t = getTask(ctx, id)
  if (t.recurring === null) return []
  const start = liveCampaign(ctx, t.campaignId).startDate
  return periodsThrough(t.recurring, start, ctx.clock.today()).map((p) => ({ key: p.key, label: p.label, due: p.due })).reverse()
}

/** Corrects a task: its words, or its 时限 — most often the date of one the reader could not date (两会结束前). */
export function updateTask(ctx: Ctx, input: z.output<typeof taskUpdateSchema>): Task {
  return inTx(ctx, () => {
    const before = getTask(ctx, input.id)
    const campaign = liveCampaign(ctx, before.campaignId)
    const next = { ...before, ...definedOnly(input) }
    if (input.dueText !== undefined && input.recurring === undefined) Object.assign(next, dueOf(campaign, input.dueText, input.deadline ?? null))
    else if (next.deadline !== null && next.deadline < campaign.startDate) {
      throw new AppError('VALIDATION', `完成时限 ${next.deadline} 早于专项行动开始日期 ${campaign.startDate}`, 'deadline')
    }
    const { at, by } = stamp(ctx)
    repo.updateTask(ctx.db, before.id, next, at, by)
    audit(ctx, { action: 'update', entity: 'task', entityId: before.id, data: definedOnly(input) })
    return getTask(ctx, before.id)
  })
}

/**
 * The period a progress report is for: a recurring task's period by its key (this period when
 * none is given; one not yet begun is refused), '' for any other task.
 */
function periodOfProgress(ctx: Ctx, t: Task, key: string | undefined): string {
  if (t.recurring === null) {
    if (key !== undefined) throw new AppError('VALIDATION', `第${t.seq}项任务不按期报送，无须选择期次`, 'periodKey')
    return ''
  }
  const p = key === undefined ? periodContaining(t.recurring, ctx.clock.today()) : periodWithKey(t.recurring, key)
  if (p === null) throw new AppError('VALIDATION', `期次“${key ?? ''}”不是这项任务的报送期`, 'periodKey')
  if (p.start > ctx.clock.today()) throw new AppError('VALIDATION', `${p.label}尚未开始，不能报进展`, 'periodKey')
  return p.key
}

/** A unit's progress on a task: 未开始 / 推进中 / 已完成, with a note and an evidence file; a recurring task's per period. */
export function recordProgress(ctx: Ctx, input: z.output<typeof taskProgressSchema>): Task {
  const bytes = input.fileBase64 === undefined ? null : decodeUpload(input.fileBase64, 'fileBase64')
  return inTx(ctx, () => {
    const t = getTask(ctx, input.taskId, 'taskId')
    if (t.status !== 'open') throw new AppError('ILLEGAL_STATE', `第${t.seq}项任务已销号，不能再报进展`, 'taskId')
    const unit = t.progress.find((p) => p.unitId === input.unitId)
    if (!unit) throw new AppError('VALIDATION', '该单位不是这项任务的责任单位', 'unitId')
    if (input.status === 'done' && input.note === '' && bytes === null) {
      throw new AppError('VALIDATION', '标记已完成须写明完成情况或上传佐证材料', 'note')
    }
    const periodKey = periodOfProgress(ctx, t, input.periodKey)
    const fileId = bytes === null ? null : storeCampaignFile(ctx, t.campaignId, 'evidence', input.fileName ?? '佐证材料', bytes)
    const { at, by } = stamp(ctx)
    repo.addProgress(ctx.db, { id: ctx.newId(), taskId: t.id, unitId: input.unitId, periodKey, status: input.status, note: input.note, fileId, date: input.date }, at, by)
    audit(ctx, { action: 'progress', entity: 'task', entityId: t.id, data: { unitId: input.unitId, unitName: unit.unitName, periodKey, status: input.status, note: input.note, fileId } })
    return getTask(ctx, t.id)
  })
}

/** 销号: the office strikes a task off once every owing unit has done it. */
export function closeTask(ctx: Ctx, input: z.output<typeof taskCloseSchema>): Task {
  return inTx(ctx, () => {
    const t = getTask(ctx, input.id)
    if (t.status === 'closed') throw new AppError('ILLEGAL_STATE', `第${t.seq}项任务已销号`, 'id')
    const pending = t.progress.filter((p) => p.status !== 'done').map((p) => p.unitName)
    if (pending.length > 0) {
      throw new AppError('ILLEGAL_STATE', `第${t.seq}项任务还有${pending.length}个单位未完成（${pending.slice(0, 5).join('、')}${pending.length > 5 ? '等' : ''}），不能销号`, 'id')
    }
    const { at, by } = stamp(ctx)
    repo.setClosed(ctx.db, t.id, input.closedDate, input.note, at, by)
    audit(ctx, { action: 'close', entity: 'task', entityId: t.id, data: { closedDate: input.closedDate, note: input.note } })
    return getTask(ctx, t.id)
  })
}

export function voidTask(ctx: Ctx, input: z.output<typeof taskVoidSchema>): Task {
  return inTx(ctx, () => {
    const t = getTask(ctx, input.id)
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, t.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: 'task', entityId: t.id, data: { reason: input.reason } })
    return repo.listTasks(ctx.db, ctx.clock.today(), 't.id = @id', { id: t.id })[0] as Task
  })
}
