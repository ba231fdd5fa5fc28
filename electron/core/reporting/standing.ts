import type { Period, Standing, StandingCounts } from './types'

/* Where a unit stands for a period (the standings are described in types.ts), and the counts of the overview. */

type Window = Pick<Period, 'remindFrom' | 'due' | 'cutoff'>

/** `received` is the date the office received the report, or null when none is recorded. */
export function standingOf(p: Window, received: string | null, today: string): Standing {
  if (received !== null) {
    if (received <= p.due) return 'on_time'
    if (received <= p.cutoff) return 'late'
    return 'missing'
  }
  if (today > p.cutoff) return 'missing'
  if (today > p.due) return 'overdue'
  if (today >= p.remindFrom) return 'due'
  return 'upcoming'
}

/** Nothing received yet, and reminders have started: the units a 催报 goes to. */
export const isChaseable = (s: Standing): boolean => s === 'due' || s === 'overdue' || s === 'missing'

/** A report is in hand (on time or late; a report after the cut-off is missing however it came). */
export const isReceived = (s: Standing): boolean => s === 'on_time' || s === 'late'

/** The due day has passed: the period counts in the on-time rate of the ranking. */
export const isOwed = (p: Window, today: string): boolean => today > p.due


export const emptyCounts = (): StandingCounts => ({ received: 0, onTime: 0, late: 0, missing: 0, overdue: 0, due: 0, upcoming: 0 })

export function addStanding(c: StandingCounts, s: Standing): void {
  if (s === 'on_time') c.onTime++
  else if (s === 'late') c.late++
  else if (s === 'missing') c.missing++
  else if (s === 'overdue') c.overdue++
  else if (s === 'due') c.due++
  else c.upcoming++
  if (isReceived(s)) c.received++
}
