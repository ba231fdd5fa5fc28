import type { Period, Rate } from './schema'

/*
 * Numbers as the report prints them: 80.1%, +27, −2 (a real minus sign), +2.5个百分点, and
 * the time the data was taken in the office's local time.
 */

export const percentText = (r: Rate): string => (r.percent === null ? '—' : `${r.percent.toFixed(1)}%`)

const signed = (n: number, digits = 0): string => {
  const abs = Math.abs(n).toFixed(digits)
  return n > 0 ? `+${abs}` : n < 0 ? `−${abs}` : digits > 0 ? (0).toFixed(digits) : '0'
}

export const changeText = (current: number, previous: number): string => signed(current - previous)

/** Rates compare in percentage points; no comparison when either period found nothing. */
export function pointsText(current: Rate, previous: Rate): string {
  if (current.percent === null || previous.percent === null) return '—'
  return `${signed(Math.round((current.percent - previous.percent) * 10) / 10, 1)}个百分点`
}

/** 2024-04-02T02:30:00Z → 2024年4月2日10时30分 on a machine in Beijing time. */
export function localDateTimeZh(iso: string): string {
  const d = new Date(iso)
  const mm = d.getMinutes()
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日${d.getHours()}时${mm === 0 ? '' : `${mm}分`}`
}

/** The period as titles and file names give it, with the campaign when the summary is cut to one. */
export const summaryName = (p: Period): string => `${p.label}${p.campaignName ?? ''}`
