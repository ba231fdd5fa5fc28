import { MAX_PERIODS, nextPeriod, parseRhythm, periodByKey, periodOf } from '../reporting/calendar'
import type { Period } from '../reporting/types'
import type { Recurring } from './deadline'

/*
 * The periods of a recurring task (每月26日前, 每周四, 每季度末): the 报送 calendar's, so a task's
 * 2024-03 and a report's 2024-03 are the same month. Its progress is kept per period; a task with
 * one deadline or none has the single period ''.
 */

const NO_WINDOW = { remindDays: 0, graceDays: 0 }

/** The key of the period the SQL date `date` falls in, for the SQL rhythm `recurring` ('' when null). */
export const periodKeySql = (recurring: string, date: string): string => `(CASE
    WHEN ${recurring} IS NULL THEN ''
    WHEN ${recurring} GLOB 'weekly:*' THEN strftime('%G-W%V', ${date})
    WHEN ${recurring} = 'quarterly' THEN substr(${date}, 1, 4) || '-Q' || ((CAST(substr(${date}, 6, 2) AS INTEGER) + 2) / 3)
    ELSE substr(${date}, 1, 7) END)`

/**
 * The day task `t` falls due as of the SQL date `date`: its deadline, or for a rhythm the due day of
 * the period containing `date` (the 报送 calendar's: the weekday of that ISO week, the day of that
 * month or its last day when shorter, the quarter's last day). Null for a task with neither.
 */
export const dueDaySql = (t: string, date: string): string => {
  const r = `${t}.recurring`
  const monthEnd = `date(${date}, 'start of month', '+1 month', '-1 day')`
  return `(CASE
    WHEN ${r} IS NULL THEN ${t}.deadline
    WHEN ${r} GLOB 'weekly:*' THEN date(${date}, '-' || ((CAST(strftime('%w', ${date}) AS INTEGER) + 6) % 7) || ' days', '+' || (CAST(substr(${r}, 8) AS INTEGER) - 1) || ' days')
    WHEN ${r} = 'monthly' THEN ${monthEnd}
    WHEN ${r} GLOB 'monthly:*' THEN min(date(${date}, 'start of month', '+' || (CAST(substr(${r}, 9) AS INTEGER) - 1) || ' days'), ${monthEnd})
    ELSE date(substr(${date}, 1, 5) || printf('%02d', (CAST(substr(${date}, 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) || '-01', '+3 months', '-1 day') END)`
}

/** The period of the rhythm that contains `day`. */
export const periodContaining = (recurring: Recurring, day: string): Period => periodOf(parseRhythm(recurring), NO_WINDOW, day)

/** The period with this key, or null when the rhythm has no such period. */
export const periodWithKey = (recurring: Recurring, key: string): Period | null => periodByKey(parseRhythm(recurring), NO_WINDOW, key)

/** Every period of the rhythm from the one containing `from` to the one containing `to`, oldest first. */
export function periodsThrough(recurring: Recurring, from: string, to: string): Period[] {
  const r = parseRhythm(recurring)
  const out: Period[] = []
  for (let p = periodOf(r, NO_WINDOW, from); p.start <= to && out.length < MAX_PERIODS; p = nextPeriod(r, NO_WINDOW, p)) out.push(p)
  return out
}
