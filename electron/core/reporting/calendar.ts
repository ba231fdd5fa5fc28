import { addDays, monthEnd, monthStart } from '../dates'
import { AppError } from '../errors'
import type { Period } from './types'

/**
 * The period calendar of a 报送 rhythm. A rhythm is written as tasks write theirs (tasks.recurring):
 * `weekly:4` (每周四), `monthly:26` (每月26日前), `monthly` (每月底), `quarterly` (每季度末).
 *
 * Each period has the day reminders start, the due day, and a late cut-off: received by the due
 * day is on time, by the cut-off late, and after it (or never) the period counts as missing —
 * the way government reporting systems count 迟报 and 漏报.
 */
export type RhythmKind = 'weekly' | 'monthly' | 'quarterly'

export type { Period }

export interface Rhythm {
  kind: RhythmKind
  /** weekly: 1 (Monday) … 7 (Sunday); monthly: day of the month 1…31, or null for the month's end */
  day: number | null
}

export interface RhythmWindow {
  /** days before the due day that reminders start (0 = on the due day) */
  remindDays: number
  /** days after the due day until the cut-off (0 = the cut-off is the due day itself) */
  graceDays: number
}


const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
const QUARTERS = ['一', '二', '三', '四']

export function parseRhythm(text: string): Rhythm {
  const m = /^(weekly):([1-7])$|^(monthly)(?::([1-9]|[12]\d|3[01]))?$|^(quarterly)$/.exec(text)
  if (!m) throw new AppError('VALIDATION', `报送频次“${text}”无法识别，应为每周几、每月几日、每月底或每季度末`, 'rhythm')
  if (m[1]) return { kind: 'weekly', day: Number(m[2]) }
  if (m[3]) return { kind: 'monthly', day: m[4] ? Number(m[4]) : null }
  return { kind: 'quarterly', day: null }
}

export const formatRhythm = (r: Rhythm): string =>
  r.kind === 'weekly' ? `weekly:${r.day}` : r.kind === 'monthly' && r.day !== null ? `monthly:${r.day}` : r.kind

/** 每周四 / 每月26日前 / 每月底前 / 每季度末前: how the notices say it. */
export function rhythmLabel(r: Rhythm): string {
  if (r.kind === 'weekly') return `每周${WEEKDAYS[(r.day ?? 1) - 1]}`
  if (r.kind === 'monthly') return r.day === null ? '每月底前' : `每月${r.day}日前`
  return '每季度末前'
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of a calendar date. */
export const isoWeekday = (iso: string): number => {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay()
  return d === 0 ? 7 : d
}

/** Monday of the ISO week containing `iso`. */
const mondayOf = (iso: string): string => addDays(iso, 1 - isoWeekday(iso))

/** ISO 8601 week number and its year (the year of that week's Thursday). */
function isoWeek(monday: string): { year: number; week: number } {
  const thursday = addDays(monday, 3)
  const year = Number(thursday.slice(0, 4))
  const jan4 = `${year}-01-04`
  const week1 = mondayOf(jan4)
  const days = (Date.parse(`${monday}T00:00:00Z`) - Date.parse(`${week1}T00:00:00Z`)) / 86_400_000
  return { year, week: Math.round(days / 7) + 1 }
}

const md = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
const dotted = (iso: string) => `${Number(iso.slice(5, 7))}.${Number(iso.slice(8, 10))}`

/**
 * How a clerk names a week: by its days (2024年3月4日—3月10日), never by its ISO number, which
 * only the key keeps; `short` is the same week in a grid header (3.4–3.10).
 */
function weekNames(start: string, end: string): Pick<Period, 'label' | 'short'> {
  const crosses = start.slice(0, 4) !== end.slice(0, 4)
  return { label: `${Number(start.slice(0, 4))}年${md(start)}—${crosses ? `${Number(end.slice(0, 4))}年` : ''}${md(end)}`, short: `${dotted(start)}–${dotted(end)}` }
}

function window(due: string, w: RhythmWindow): Pick<Period, 'remindFrom' | 'due' | 'cutoff'> {
  return { remindFrom: addDays(due, -w.remindDays), due, cutoff: addDays(due, w.graceDays) }
}

/** The period that contains the calendar date `iso`. */
export function periodOf(r: Rhythm, w: RhythmWindow, iso: string): Period {
  if (r.kind === 'weekly') {
    const start = mondayOf(iso)
    const end = addDays(start, 6)
    const { year, week } = isoWeek(start)
    const key = `${year}-W${String(week).padStart(2, '0')}`
    return { key, ...weekNames(start, end), start, end, ...window(addDays(start, (r.day ?? 1) - 1), w) }
  }
  if (r.kind === 'monthly') {
    const start = monthStart(iso)
    const end = monthEnd(iso)
    const last = Number(end.slice(8, 10))
    const due = r.day === null ? end : `${start.slice(0, 8)}${String(Math.min(r.day, last)).padStart(2, '0')}`
    const label = `${Number(start.slice(0, 4))}年${Number(start.slice(5, 7))}月`
    return { key: start.slice(0, 7), label, short: label, start, end, ...window(due, w) }
  }
  const q = Math.floor((Number(iso.slice(5, 7)) - 1) / 3)
  const start = `${iso.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}-01`
  const end = monthEnd(monthStart(start, 2))
  const label = `${Number(iso.slice(0, 4))}年第${QUARTERS[q]}季度`
  return { key: `${iso.slice(0, 4)}-Q${q + 1}`, label, short: label, start, end, ...window(end, w) }
}

/** The period right after `p`. */
export const nextPeriod = (r: Rhythm, w: RhythmWindow, p: Period): Period => periodOf(r, w, addDays(p.end, 1))

/** The largest number of periods one call lays out: 10 years of weeks, so a typo cannot hang the app. */
export const MAX_PERIODS = 520

/**
 * Every period whose due day falls within [from, to], oldest first. A campaign that starts on a
 * Friday owes no report for the Thursday before it; one that ends on a Wednesday owes none for
 * the Thursday after.
 */
export function periodsBetween(r: Rhythm, w: RhythmWindow, from: string, to: string): Period[] {
  const out: Period[] = []
  if (to < from) return out
  for (let p = periodOf(r, w, from); p.start <= to && out.length < MAX_PERIODS; p = nextPeriod(r, w, p)) {
    if (p.due >= from && p.due <= to) out.push(p)
  }
  return out
}

/** The period with this key, or null when the key is not one of this rhythm's. */
export function periodByKey(r: Rhythm, w: RhythmWindow, key: string): Period | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(key)
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key)
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key)
  let probe: string | null = null
  if (r.kind === 'weekly' && week) probe = addDays(mondayOf(`${week[1]}-01-04`), (Number(week[2]) - 1) * 7)
  if (r.kind === 'monthly' && month) probe = `${month[1]}-${month[2]}-01`
  if (r.kind === 'quarterly' && quarter) probe = `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`
  if (probe === null) return null
  const p = periodOf(r, w, probe)
  return p.key === key ? p : null
}
