import type { Rung } from '../../../electron/core/escalation/schema'
import type { LocaleKey } from '../../locales'

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
