import type { z } from 'zod'
import type { Ctx } from '../context'
import { inTx } from '../context'
import { addDays, formatDateZh } from '../dates'
import { draftDocument } from '../documents/register/draft'
import { issueDocument } from '../documents/register/issue'
import type { DocumentDraft, IssuedDocument } from '../documents/register/types'
import { createInterview } from '../interviews/service'
import type { Interview } from '../interviews/schema'
import { AppError } from '../errors'
import { loadSettings } from '../settings/service'
import { laggingUnits } from './dashboard'
import type { taskInterviewSchema, taskLetterSchema, TaskLetterDraft, UnitLagging } from './schema'

/*
 * The ladder for lagging task work: a unit with overdue tasks gets a 函告, then a 工作约谈, then is
 * named in a 通报. Each rung uses the existing documents and interviews, prefilled from the
 * unit's overdue tasks, and is recorded against those tasks so the next rung is proposed.
 */

function lagOf(ctx: Ctx, unitId: string): UnitLagging {
  const u = laggingUnits(ctx.db, ctx.clock.today(), null).find((x) => x.unitId === unitId)
  if (!u) throw new AppError('ILLEGAL_STATE', '该单位没有逾期未完成的任务', 'unitId')
  return u
}

/** The units asked for, each lagging today (in the campaign, when one is named); one that is not is refused by its place. */
export function laggingOf(ctx: Ctx, unitIds: readonly string[], campaignId: string | null, field: string): UnitLagging[] {
  const all = laggingUnits(ctx.db, ctx.clock.today(), campaignId)
  return unitIds.map((id, i) => {
    const u = all.find((x) => x.unitId === id)
    if (!u) throw new AppError('ILLEGAL_STATE', `第${i + 1}个责任单位没有逾期未完成的任务`, `${field}.${i}`)
    return u
  })
}

const clip = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n).join('')}……` : s)

/** A lagging task's 时限 as the letters print it: the date, and for a recurring task the period it is for. */
export const dueWords = (t: UnitLagging['tasks'][number]): string => `${formatDateZh(t.due)}${t.periodLabel === null ? '' : `（按期报送：${t.periodLabel}）`}`

const taskLines = (u: UnitLagging): string[] =>
  u.tasks.map((t) => `《${t.campaignName}》任务清单第${t.seq}项“${clip(t.content, 40)}”，时限为${dueWords(t)}，已逾期${t.daysOverdue}天，你单位尚未报告完成。`)

const recipientOf = (u: UnitLagging): string => (u.unitType === 'village' && !/(委会|委员会)$/.test(u.unitName) ? `${u.unitName}${u.unitName.endsWith('社区') ? '居民委员会' : '村民委员会'}` : u.unitName)

/** A 函告 to the unit, its matter the overdue tasks, ready to edit and issue. */
export function letterDraft(ctx: Ctx, unitId: string): TaskLetterDraft {
  const u = lagOf(ctx, unitId)
  const d: DocumentDraft = draftDocument(ctx, { kind: 'notice_letter' })
  const today = ctx.clock.today()
  const campaigns = [...new Set(u.tasks.map((t) => t.campaignName))]
  return {
    unit: u,
    draft: {
      ...d,
      data: {
        ...d.data,
        title: `关于督促${u.unitName}加快落实${campaigns.join('、')}任务的函`,
        recipient: recipientOf(u),
        matter: [`根据${campaigns.map((c) => `《${c}》`).join('、')}任务清单，截至${formatDateZh(today)}，你单位有${u.tasks.length}项任务逾期未完成：`, ...taskLines(u)],
        requests: ['请你单位高度重视，由主要负责人牵头，逐项明确措施、责任人和完成时间，加快推进任务落实。', '请于函复期限前将落实情况书面报送镇消安委办，并附相关佐证材料。'],
        replyDeadline: addDays(today, 7),
        date: today,
      },
    },
  }
}

/** Issues the 函告 and records it against every overdue task of the unit it names. */
export function issueLetter(ctx: Ctx, input: z.output<typeof taskLetterSchema>): { document: IssuedDocument; lagging: UnitLagging[] } {
  return inTx(ctx, () => {
    const u = lagOf(ctx, input.unitId)
    const document = issueDocument(ctx, { kind: 'notice_letter', data: input.data })
    const campaignIds = [...new Set(u.tasks.map((t) => t.campaignId))]
    if (campaignIds.length === 1) ctx.db.prepare('UPDATE documents SET campaign_id = ? WHERE id = ?').run(campaignIds[0], document.id)
    recordSteps(ctx, u, 'letter', { documentId: document.id })
    return { document, lagging: laggingUnits(ctx.db, ctx.clock.today(), null) }
  })
}

/** Plans a 工作约谈 of the unit's head about its overdue tasks and records it against them. */
export function planInterview(ctx: Ctx, input: z.output<typeof taskInterviewSchema>): Interview {
  return inTx(ctx, () => {
    const u = lagOf(ctx, input.unitId)
    const settings = loadSettings(ctx.db)
    const interview = createInterview(ctx, {
      kind: 'work',
      caseIds: [],
      subjectId: null,
      areaId: u.areaId,
      orgName: u.areaId === null ? u.unitName : '',
      interviewees: [{ name: input.intervieweeName || u.contactName || '主要负责人', unit: u.unitName, post: input.intervieweePost, phone: u.contactPhone }],
      interviewers: input.interviewers || settings.operatorName,
      recorder: '',
      plannedAt: input.plannedAt,
      place: input.place,
      reason: [`${u.unitName}任务推进不力，${u.tasks.length}项任务逾期未完成${u.letters > 0 ? '，经函告后仍未落实' : ''}：`, ...taskLines(u)].join('\n'),
      bring: '任务落实情况书面说明及佐证材料',
    })
    const campaignIds = [...new Set(u.tasks.map((t) => t.campaignId))]
    if (campaignIds.length === 1) ctx.db.prepare('UPDATE interviews SET campaign_id = ? WHERE id = ?').run(campaignIds[0], interview.id)
    recordSteps(ctx, u, 'interview', { interviewId: interview.id })
    return interview
  })
}

/** Records a rung taken against every overdue task of the unit, so the ladder proposes the next. */
export function recordSteps(ctx: Ctx, u: UnitLagging, rung: 'letter' | 'interview' | 'circular', ref: { documentId?: string; interviewId?: string }): void {
  const at = ctx.clock.now()
  const ins = ctx.db.prepare(
    'INSERT INTO task_escalations (id, task_id, unit_id, rung, document_id, interview_id, date, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  for (const t of u.tasks) ins.run(ctx.newId(), t.taskId, u.unitId, rung, ref.documentId ?? null, ref.interviewId ?? null, ctx.clock.today(), at, ctx.operator())
}
