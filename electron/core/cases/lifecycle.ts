import type { z } from 'zod'
import { AppError, type FieldIssue } from '../errors'
import { formatDateZh } from '../dates'
import { caseActionLabels, caseStatusLabels, type CaseAction, type CaseStatus, type caseTransitionSchema } from './schema'

/**
 * The case lifecycle as data: for each action, the statuses it may start from and where it
 * leads ('same' keeps the status, e.g. an extension). Everything not listed here is refused.
 */
export const lifecycle: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus | 'same' }> = {
  notice: { from: ['registered'], to: 'noticed' },
  startRectify: { from: ['noticed'], to: 'rectifying' },
  requestRecheck: { from: ['rectifying'], to: 'awaiting_recheck' },
  recheckPassed: { from: ['awaiting_recheck'], to: 'recheck_passed' },
  recheckFailed: { from: ['awaiting_recheck'], to: 'rectifying' },
  extend: { from: ['registered', 'noticed', 'rectifying'], to: 'same' },
  close: { from: ['recheck_passed'], to: 'closed' },
  void: { from: ['registered', 'noticed', 'rectifying', 'awaiting_recheck', 'recheck_passed'], to: 'voided' },
}

/** Why an open case cannot take an action yet: the step that must come first. */
const hints: Partial<Record<CaseAction, string>> = {
  startRectify: '，请先下发整改通知',
  requestRecheck: '，须在整改中才能提请复查',
  recheckPassed: '，须先提请复查',
  recheckFailed: '，须先提请复查',
  extend: '，请先登记复查结果',
  close: '，须复查合格后才能销号',
}

export function allowedActions(status: CaseStatus): CaseAction[] {
  return (Object.keys(lifecycle) as CaseAction[]).filter((a) => lifecycle[a].from.includes(status))
}

/** The refusal a user sees, e.g. 「已销号」的隐患不能延期. */
export function refusal(status: CaseStatus, action: CaseAction): string {
  const open = status !== 'closed' && status !== 'voided'
  return `「${caseStatusLabels[status]}」的隐患不能${caseActionLabels[action]}${open ? (hints[action] ?? '') : ''}`
}

/** Omit applied to each member of a union, so each action keeps its own fields. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
export type TransitionInput = DistributiveOmit<z.output<typeof caseTransitionSchema>, 'id' | 'note' | 'documentId' | 'expectedUpdatedAt'>

export interface CaseFacts {
  status: CaseStatus
  deadline: string
  foundDate: string
}

/** What a transition changes on the case, and what its timeline entry records. */
export interface TransitionPlan {
  from: CaseStatus
  to: CaseStatus
  date: string
  deadline?: string
  escalated?: true
  closedDate?: string
  voidReason?: string
  data: Record<string, unknown>
}

/** A step's days as given: the date of the act (today when left out) and a new deadline. */
export interface StepDays {
  action: CaseAction
  date?: string | undefined
  newDeadline?: string | undefined
  escalate?: boolean | undefined
}

/**
 * A step's days against the case's own: every field at fault, its first problem, so a dialog names
 * them together with whatever else is wrong.
 */
export function stepDayIssues(facts: CaseFacts, step: StepDays, today: string): FieldIssue[] {
  const date = step.date ?? today
  const found: [boolean, string, string][] = [
    [date > today, 'date', `日期不能晚于今天（${formatDateZh(today)}）`],
    [date < facts.foundDate, 'date', `日期不能早于发现日期（${formatDateZh(facts.foundDate)}）`],
  ]
  const next = step.newDeadline
  if (step.action === 'recheckFailed') {
    found.push([next === undefined && !step.escalate, 'newDeadline', '复查不合格时请填写新的整改期限，或选择升级处理'])
    found.push([next !== undefined && next <= date, 'newDeadline', '新的整改期限应晚于复查日期'])
  }
  if (step.action === 'extend' && next !== undefined) {
    found.push([next <= facts.deadline, 'newDeadline', `延期后的整改期限应晚于原期限（${formatDateZh(facts.deadline)}）`])
    found.push([next < date, 'newDeadline', `延期后的整改期限不能早于办理日期（${formatDateZh(date)}）`])
  }
  const issues: FieldIssue[] = []
  for (const [wrong, field, message] of found) if (wrong && !issues.some((i) => i.field === field)) issues.push({ field, message })
  return issues
}

/** Checks an action against the lifecycle and the case's dates; returns the change or throws. */
export function planTransition(facts: CaseFacts, input: TransitionInput, today: string): TransitionPlan {
  const rule = lifecycle[input.action]
  if (!rule.from.includes(facts.status)) throw new AppError('ILLEGAL_STATE', refusal(facts.status, input.action), 'action')
  const [first, ...more] = stepDayIssues(facts, { ...input, newDeadline: 'newDeadline' in input ? input.newDeadline : undefined }, today)
  if (first) throw new AppError('VALIDATION', first.message, first.field, [first, ...more])
  const date = input.date ?? today
  const plan: TransitionPlan = { from: facts.status, to: rule.to === 'same' ? facts.status : rule.to, date, data: {} }

  switch (input.action) {
    case 'recheckFailed':
      if (input.newDeadline !== undefined) {
        plan.deadline = input.newDeadline
        plan.data = { oldDeadline: facts.deadline, newDeadline: input.newDeadline }
      }
      if (input.escalate) {
        plan.escalated = true
        plan.data = { ...plan.data, escalate: true }
      }
      return plan
    case 'extend':
      plan.deadline = input.newDeadline
      plan.data = { oldDeadline: facts.deadline, newDeadline: input.newDeadline, reason: input.reason, approver: input.approver }
      return plan
    case 'close':
      plan.closedDate = date
      return plan
    case 'void':
      plan.voidReason = input.reason
      plan.data = { reason: input.reason }
      return plan
    default:
      return plan
  }
}
