import type { z } from 'zod'
import { audit, stamp } from '../audit'
import * as cases from '../cases/repo'
import type { Case } from '../cases/schema'
import { inTx, type Ctx } from '../context'
import { formatDateZh } from '../dates'
import { documentsOf, linkedCase, liveCase } from '../escalation/links'
import { recordOnCase } from '../escalation/timeline'
import { AppError, notFound } from '../errors'
import type { Page } from '../paging'
import { loadSettings } from '../settings/service'
import { planDateIssues } from './dates'
import * as repo from './repo'
import {
  supervisionStatusLabels,
  type Supervision,
  type supervisionCreateSchema,
  type SupervisionDetail,
  type supervisionLiftSchema,
  type supervisionListSchema,
  type supervisionReportSchema,
  type SupervisionStatus,
  type supervisionVoidSchema,
} from './schema'

const invalid = (message: string, field: string) => new AppError('VALIDATION', message, field)

export function getSupervision(ctx: Ctx, id: string): Supervision {
  const s = repo.get(ctx.db, id, ctx.clock.today())
  if (!s) throw notFound('督办', 'id')
  return s
}

export function getSupervisionDetail(ctx: Ctx, id: string): SupervisionDetail {
  const s = getSupervision(ctx, id)
  const c = caseOf(ctx, s.caseId)
  return {
    ...s,
    case: linkedCase(c),
    reports: repo.reports(ctx.db, id),
    documents: documentsOf(ctx, 'supervision_id', id),
    canLift: s.status === 'active' && c.status === 'closed',
  }
}

/** The supervised case in whatever state it is now (a lifted supervision's case is closed). */
function caseOf(ctx: Ctx, caseId: string): Case {
  const c = cases.get(ctx.db, caseId, ctx.clock.today())
  if (!c) throw notFound('隐患', 'caseId')
  return c
}

export function listSupervisions(ctx: Ctx, f: z.output<typeof supervisionListSchema>): Page<Supervision> {
  return { ...repo.list(ctx.db, f, ctx.clock.today()), page: f.page, pageSize: f.pageSize }
}

export function requireStatus(s: Supervision, allowed: SupervisionStatus, what: string): void {
  if (s.status !== allowed) throw new AppError('ILLEGAL_STATE', `「${supervisionStatusLabels[s.status]}」的督办不能${what}`, 'id')
}

/** Puts a case under 挂牌督办: one live supervision per case, never for a case already struck off. */
export function createSupervision(ctx: Ctx, input: z.output<typeof supervisionCreateSchema>): Supervision {
  return inTx(ctx, () => {
    const c = liveCase(ctx, input.caseId, 'caseId')
    if (c.status === 'closed') throw new AppError('ILLEGAL_STATE', `隐患 ${c.number} 已销号，不需要挂牌督办`, 'caseId')
    if (repo.activeForCase(ctx.db, c.id, ctx.clock.today())) throw new AppError('CONFLICT', `隐患 ${c.number} 已在挂牌督办中`, 'caseId')
    const today = ctx.clock.today()
    const startDate = input.startDate ?? today
    const [first, ...more] = planDateIssues(c.foundDate, input, today)
    if (first) throw new AppError('VALIDATION', first.message, first.field, [first, ...more])
    const write = { ...input, office: input.office ?? loadSettings(ctx.db).officeName, startDate }
    const id = ctx.newId()
    const { at, by } = stamp(ctx)
    repo.insert(ctx.db, id, write, at, by)
    recordOnCase(ctx, {
      caseId: c.id,
      action: 'supervise',
      date: startDate,
      note: `挂牌督办，牵头部门：${write.leadDepartment}，督办期限：${formatDateZh(write.supervisionDeadline)}`,
      data: { supervisionId: id },
    })
    audit(ctx, { action: 'create', entity: 'supervision', entityId: id, data: write })
    return getSupervision(ctx, id)
  })
}

/** A progress report (整改进展) the supervised unit or the lead department sent in. */
export function addReport(ctx: Ctx, input: z.output<typeof supervisionReportSchema>): SupervisionDetail {
  return inTx(ctx, () => {
    const s = getSupervision(ctx, input.id)
    requireStatus(s, 'active', '登记进展报告')
    const today = ctx.clock.today()
    if (input.date > today) throw invalid(`报告日期不能晚于今天（${formatDateZh(today)}）`, 'date')
    if (input.date < s.startDate) throw invalid(`报告日期不能早于挂牌日期（${formatDateZh(s.startDate)}）`, 'date')
    const { at, by } = stamp(ctx)
    const reportId = ctx.newId()
    repo.insertReport(ctx.db, { id: reportId, supervisionId: s.id, date: input.date, progress: input.progress, reportedBy: input.reportedBy }, at, by)
    recordOnCase(ctx, { caseId: s.caseId, action: 'supervisionReport', date: input.date, note: input.progress, data: { supervisionId: s.id, reportedBy: input.reportedBy } })
    audit(ctx, { action: 'addReport', entity: 'supervision', entityId: s.id, data: { reportId, ...input } })
    return getSupervisionDetail(ctx, s.id)
  })
}

/** 摘牌: only once the case has been struck off (销号), and not before that day. */
export function liftSupervision(ctx: Ctx, input: z.output<typeof supervisionLiftSchema>): SupervisionDetail {
  return inTx(ctx, () => {
    const s = getSupervision(ctx, input.id)
    requireStatus(s, 'active', '摘牌')
    const c = caseOf(ctx, s.caseId)
    if (c.status !== 'closed' || c.closedDate === null) {
      throw new AppError('ILLEGAL_STATE', `隐患 ${c.number} 尚未销号，不能摘牌；请复查合格并销号后再摘牌`, 'id')
    }
    const today = ctx.clock.today()
    if (input.date > today) throw invalid(`摘牌日期不能晚于今天（${formatDateZh(today)}）`, 'date')
    if (input.date < c.closedDate) throw invalid(`摘牌日期不能早于销号日期（${formatDateZh(c.closedDate)}）`, 'date')
    const { at, by } = stamp(ctx)
    repo.markLifted(ctx.db, s.id, input.date, input.note, at, by)
    recordOnCase(ctx, { caseId: c.id, action: 'liftSupervision', date: input.date, note: input.note || '隐患已销号，摘牌', data: { supervisionId: s.id } })
    audit(ctx, { action: 'lift', entity: 'supervision', entityId: s.id, data: input })
    return getSupervisionDetail(ctx, s.id)
  })
}

export function voidSupervision(ctx: Ctx, input: z.output<typeof supervisionVoidSchema>): Supervision {
  return inTx(ctx, () => {
    const s = getSupervision(ctx, input.id)
    requireStatus(s, 'active', '作废')
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, s.id, input.reason, at, by)
    recordOnCase(ctx, { caseId: s.caseId, action: 'supervisionVoided', note: `挂牌督办作废：${input.reason}`, data: { supervisionId: s.id } })
    audit(ctx, { action: 'void', entity: 'supervision', entityId: s.id, data: { reason: input.reason } })
    return getSupervision(ctx, s.id)
  })
}
