import type { z } from 'zod'
import { AppError } from '../errors'
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

const invalid = (message: string, field: string) => new AppError('VALIDATION', message, field)

/** Checks an action against the lifecycle and the case's dates; returns the change or throws. */
export function planTransition(facts: CaseFacts, input: TransitionInput, today: string): TransitionPlan {
  const rule = lifecycle[input.action]
  if (!rule.from.includes(facts.status)) throw new AppError('ILLEGAL_STATE', refusal(facts.status, input.action), 'action')
  const date = input.date ?? today
  if (date > today) throw invalid(`日期不能晚于今天（${formatDateZh(today)}）`, 'date')
  if (date < facts.foundDate) throw invalid(`日期不能早于发现日期（${formatDateZh(facts.foundDate)}）`, 'date')
  const plan: TransitionPlan = { from: facts.status, to: rule.to === 'same' ? facts.status : rule.to, date, data: {} }

  switch (input.action) {
    case 'recheckFailed':
      if (input.newDeadline === undefined && !input.escalate) {
        throw invalid('复查不合格时请填写新的整改期限，或选择升级处理', 'newDeadline')
      }
      if (input.newDeadline !== undefined) {
        if (input.newDeadline <= date) throw invalid('新的整改期限应晚于复查日期', 'newDeadline')
        plan.deadline = input.newDeadline
        plan.data = { oldDeadline: facts.deadline, newDeadline: input.newDeadline }
      }
      if (input.escalate) {
        plan.escalated = true
        plan.data = { ...plan.data, escalate: true }
      }
      return plan
    case 'extend':
      if (input.newDeadline <= facts.deadline) {
        throw invalid(`延期后的整改期限应晚于原期限（${formatDateZh(facts.deadline)}）`, 'newDeadline')
      }
      if (input.newDeadline < date) throw invalid(`延期后的整改期限不能早于办理日期（${formatDateZh(date)}）`, 'newDeadline')
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
