import { addDays, daysBetween } from '../dates'
import type { ReportRhythm } from './schema'

/** The same day a month later, or the month's last day when it has no such day (01-31 → 02-29). */
function nextMonth(iso: string): string {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10)
}

/** When the next progress report is due, counted from the last one (or from the day of 挂牌). */
export function nextReportDue(rhythm: ReportRhythm, since: string): string {
  if (rhythm === 'weekly') return addDays(since, 7)
  if (rhythm === 'fortnightly') return addDays(since, 15)
  return nextMonth(since)
}

export const daysLate = (due: string, today: string): number => (today > due ? daysBetween(due, today) : 0)
