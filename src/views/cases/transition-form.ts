import type { Case, CaseAction, CaseTransition } from '../../../electron/core/cases/schema'

/** Everything any lifecycle action may ask for; each action's form shows only its own fields. */
export interface TransitionForm {
  date: string | null
  note: string
  newDeadline: string | null
  escalate: boolean
  reason: string
  approver: string
}

export const emptyTransitionForm = (today: string): TransitionForm => ({
  date: today,
  note: '',
  newDeadline: null,
  escalate: false,
  reason: '',
  approver: '',
})

export const transitionFields = ['date', 'note', 'newDeadline', 'escalate', 'reason', 'approver'] as const

/** Which of the optional fields an action's form shows. */
export const fieldsOf = (action: CaseAction) => ({
  date: action !== 'void',
  newDeadline: action === 'recheckFailed' || action === 'extend',
  escalate: action === 'recheckFailed',
  reason: action === 'extend' || action === 'void',
  approver: action === 'extend',
})

/** A date left empty is left out: the core then answers 请填写… (or takes today for the act's date). */
const dateOf = <K extends string>(key: K, value: string | null): Record<K, string> => (value ? { [key]: value } : {}) as Record<K, string>

/** The args of `cases/transition`; the page's updatedAt goes along so a change by someone else is not overridden. */
export function transitionArgs(action: CaseAction, f: TransitionForm, c: Pick<Case, 'id' | 'updatedAt'>): CaseTransition {
  const common = { id: c.id, expectedUpdatedAt: c.updatedAt, note: f.note, ...dateOf('date', f.date) }
  switch (action) {
    case 'recheckFailed':
      return { ...common, action, escalate: f.escalate, ...(f.newDeadline ? { newDeadline: f.newDeadline } : {}) }
    case 'extend':
      return { ...common, action, reason: f.reason, approver: f.approver, ...dateOf('newDeadline', f.newDeadline) }
    case 'void':
      return { id: c.id, expectedUpdatedAt: c.updatedAt, note: f.note, action, reason: f.reason }
    default:
      return { ...common, action }
  }
}
