import type { Ctx } from '../context'
import * as cases from '../cases/repo'
import { asIsoDay, formatDateZh } from '../dates'
import type { FieldIssue } from '../errors'

interface PlanDates {
  /** today when left out */
  startDate?: string | undefined
  supervisionDeadline?: string | undefined
  fixDeadline?: string | undefined
}

/**
 * The dates of a 挂牌督办 against its case's 发现日期 and today. Every date at fault is named,
 * not the first, so the form shows them together.
 */
export function planDateIssues(foundDate: string, d: PlanDates, today: string): FieldIssue[] {
  const issues: FieldIssue[] = []
  const start = d.startDate ?? today
  if (start > today) issues.push({ field: 'startDate', message: `挂牌日期不能晚于今天（${formatDateZh(today)}）` })
  if (start < foundDate) issues.push({ field: 'startDate', message: `挂牌日期不能早于发现日期（${formatDateZh(foundDate)}）` })
  if (d.supervisionDeadline !== undefined && d.supervisionDeadline < start) {
    issues.push({ field: 'supervisionDeadline', message: '督办期限不能早于挂牌日期' })
  }
  if (d.fixDeadline !== undefined && d.fixDeadline < foundDate) {
    issues.push({ field: 'fixDeadline', message: `整改时限不能早于发现日期（${formatDateZh(foundDate)}）` })
  }
  return issues
}

/**
 * The same rules on args the schema refused for another field (a 牵头部门 left empty), so a date
 * before the 发现日期 comes in the same answer and not on the next 保存. A date that is not a day
 * is the schema's to name; while the 挂牌日期 is one, the rules that start from it wait.
 */
export function planDateIssuesOfRaw(raw: Record<string, unknown>, ctx: Ctx): FieldIssue[] {
  const c = typeof raw.caseId === 'string' ? cases.get(ctx.db, raw.caseId, ctx.clock.today()) : undefined
  if (!c) return []
  const startDate = asIsoDay(raw.startDate)
  const fixDeadline = asIsoDay(raw.fixDeadline)
  const startUnknown = raw.startDate !== undefined && startDate === undefined
  const dates = startUnknown ? { fixDeadline } : { startDate, fixDeadline, supervisionDeadline: asIsoDay(raw.supervisionDeadline) }
  return planDateIssues(c.foundDate, dates, ctx.clock.today())
}
