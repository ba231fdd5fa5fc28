import type { Period } from './calendar'

/**
 * Where one unit stands for one period, computed and never stored:
 * - on_time: received by the due day;
 * - late (迟报): received after the due day, by the cut-off;
 * - missing (漏报): nothing by the cut-off — also when a report came after it (补报 is kept, but
 *   the period still counts as missing, as the office counts it);
 * - overdue: the due day has passed, nothing yet, the cut-off not reached: it will be late;
 * - due: reminders have started (remindFrom ≤ today ≤ due), nothing yet;
 * - upcoming: before the reminder day.
 */
export const standings = ['on_time', 'late', 'missing', 'overdue', 'due', 'upcoming'] as const
export type Standing = (typeof standings)[number]

export const standingLabels: Record<Standing, string> = {
  on_time: '按时',
  late: '迟报',
  missing: '漏报',
  overdue: '已逾期未报',
  due: '待报',
  upcoming: '未到期',
}

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

export interface StandingCounts {
  received: number
  onTime: number
  late: number
  missing: number
  overdue: number
  due: number
  upcoming: number
}

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
