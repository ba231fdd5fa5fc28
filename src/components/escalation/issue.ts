import type { Rung } from '../../../electron/core/escalation/schema'
import type { LocaleKey } from '../../locales'

/** Who checked (审核) and who signed (签发) a document, as its form holds them. */
export interface IssuePeople {
  reviewedBy: string
  signedBy: string
}

/** The people as the core takes them: a blank name is left to the settings' default. */
export const peopleArgs = (p: IssuePeople): { reviewedBy?: string; signedBy?: string } => ({
  ...(p.reviewedBy.trim() ? { reviewedBy: p.reviewedBy } : {}),
  ...(p.signedBy.trim() ? { signedBy: p.signedBy } : {}),
})

/** The rungs in the order of the ladder (the renderer imports no core values). */
export const rungOrder: readonly Rung[] = ['warning', 'letter', 'interview', 'supervision', 'circular']

/** NTag colours of the rungs, from mild to severe. */
export const rungType: Record<Rung, 'default' | 'info' | 'warning' | 'error' | 'success'> = {
  warning: 'info',
  letter: 'warning',
  interview: 'warning',
  supervision: 'error',
  circular: 'default',
}

export const rungKey = (r: Rung): LocaleKey => `rung.${r}`
export const rungActionKey = (r: Rung): LocaleKey => `rungAction.${r}`
