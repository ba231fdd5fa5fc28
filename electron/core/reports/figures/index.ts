import type { CaseFigureKey } from '../schema'
import { closed } from './closed'
import { found } from './found'
import { foundClosed } from './found-closed'
import { openAtEnd, openAtStart } from './open'
import { overdueAtEnd } from './overdue'
import { supervisedAtEnd, supervisedStarted } from './supervised'
import type { CaseFigure } from './types'

/** Every count of cases, in the order the report gives them. */
export const caseFigures: Record<CaseFigureKey, CaseFigure> = {
  found,
  closed,
  foundClosed,
  openAtStart,
  openAtEnd,
  overdueAtEnd,
  supervisedStarted,
  supervisedAtEnd,
}
