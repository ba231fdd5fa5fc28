import { addDays, daysBetween } from '../dates'
import { formatDateZh, monthEnd, monthStart } from '../dates'
import type { Period, PeriodKind } from './schema'

/*
 * The period of a summary: a quarter, or any from–to (both days included). Its name as people
 * say it, the months it touches, and the previous period it is compared with.
 */

const QUARTER_NAMES = ['一', '二', '三', '四'] as const

/** 2024Q2 → 2024-04-01 … 2024-06-30 */
export function quarterRange(quarter: string): { from: string; to: string } {
  const year = quarter.slice(0, 4)
  const q = Number(quarter.slice(5))
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`
  return { from, to: monthEnd(monthStart(from, 2)) }
}

/** The quarter a day falls in: 2024-05-20 → 2024Q2. */
export const quarterOf = (iso: string): string => `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`

/** Whole calendar months: starts on a 1st and ends on a month's last day. */
const wholeMonths = (from: string, to: string): boolean => from.endsWith('-01') && to === monthEnd(to)

const monthsBetween = (from: string, to: string): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1

function kindOf(from: string, to: string): PeriodKind {
  if (!wholeMonths(from, to)) return 'custom'
  const months = monthsBetween(from, to)
  const startMonth = Number(from.slice(5, 7))
  if (months === 1) return 'month'
  if (months === 3 && startMonth % 3 === 1) return 'quarter'
  if (months === 6 && (startMonth === 1 || startMonth === 7)) return 'halfYear'
  if (months === 12 && startMonth === 1) return 'year'
  return 'custom'
}

function labelOf(kind: PeriodKind, from: string, to: string): string {
  const year = Number(from.slice(0, 4))
  const month = Number(from.slice(5, 7))
  switch (kind) {
    case 'month':
      return `${year}年${month}月`
    case 'quarter':
      return `${year}年第${QUARTER_NAMES[(month - 1) / 3] ?? ''}季度`
    case 'halfYear':
      return `${year}年${month === 1 ? '上' : '下'}半年`
    case 'year':
      return `${year}年`
    default:
      return rangeText(from, to)
  }
}

/** 2024年1月1日至2024年3月31日 */
export const rangeText = (from: string, to: string): string => `${formatDateZh(from)}至${formatDateZh(to)}`

export function periodOf(from: string, to: string): Period {
  const kind = kindOf(from, to)
  return { from, to, kind, label: labelOf(kind, from, to), range: rangeText(from, to), days: daysBetween(from, to) + 1 }
}

/**
 * The period of equal length just before: as many whole months when the period is whole months
 * (a quarter → the quarter before, a year → the year before), else as many days.
 */
export function previousPeriod(p: Period): Period {
  if (wholeMonths(p.from, p.to)) {
    const from = monthStart(p.from, -monthsBetween(p.from, p.to))
    return periodOf(from, addDays(p.from, -1))
  }
  return periodOf(addDays(p.from, -p.days), addDays(p.from, -1))
}

/** The calendar months a period touches, each cut to the period: the trend's buckets. */
export function monthsOf(p: { from: string; to: string }): { month: string; from: string; to: string }[] {
  const out: { month: string; from: string; to: string }[] = []
  for (let start = monthStart(p.from); start <= p.to; start = monthStart(start, 1)) {
    const end = monthEnd(start)
    out.push({ month: start.slice(0, 7), from: start < p.from ? p.from : start, to: end > p.to ? p.to : end })
  }
  return out
}
