import type { CaseFigureKey } from '../schema'
import { closed } from './closed'
import { found } from './found'
import { foundClosed } from './found-closed'
import { openAtEnd, openAtStart } from './open'
import { overdueAtEnd } from './overdue'
import { supervisedAtEnd, supervisedStarted } from './supervised'
import { campaignScoped } from './scope'
import type { CaseFigure } from './types'

/**
 * One figure cut to a campaign when the range names one: every count, breakdown, trend and list
 * of records reads `where`, so the cut is made here once.
 */
const scoped = (f: CaseFigure): CaseFigure => ({
  ...f,
  where: (p) => campaignScoped(f.where(p), p, 'c.campaign_id'),
  filter: (p) => {
    const base = f.filter(p)
    return base && p.campaignId !== undefined ? { ...base, campaignId: p.campaignId } : base
  },
})

/** Every count of cases, in the order the report gives them. */
export const caseFigures: Record<CaseFigureKey, CaseFigure> = {
  found: scoped(found),
  closed: scoped(closed),
  foundClosed: scoped(foundClosed),
  openAtStart: scoped(openAtStart),
  openAtEnd: scoped(openAtEnd),
  overdueAtEnd: scoped(overdueAtEnd),
  supervisedStarted: scoped(supervisedStarted),
  supervisedAtEnd: scoped(supervisedAtEnd),
}
