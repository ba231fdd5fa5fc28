import { isRealDate } from '../../validation'
import { halfWidth } from './text'

/**
 * Dates as ledgers hold them: real date cells, Excel serial numbers in unformatted cells, and
 * text such as 2024-3-5, 2024/03/05, 2024.3.5, 2024年3月5日 (or 5号), 20240305, with or
 * without a time after it.
 */

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?\.?(?:[\sT]+\d{1,2}[:：时].*)?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
/** Serial numbers of 1954-10-04 … 2119-01-10: plausible dates for a ledger, not a count or a phone number. */
const SERIAL_MIN = 20_000
const SERIAL_MAX = 80_000
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)

const pad = (n: string) => n.padStart(2, '0')

export const isoOfUtcDate = (d: Date): string => d.toISOString().slice(0, 10)

function fromText(s: string): string | null {
  const t = halfWidth(s).trim()
  const m = SEPARATED.exec(t) ?? COMPACT.exec(t)
  if (!m) return null
  const iso = `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3] ?? '')}`
  return isRealDate(iso) ? iso : null
}

function fromNumber(n: number): string | null {
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 21_001_231) return fromText(String(n))
  if (n >= SERIAL_MIN && n <= SERIAL_MAX) return isoOfUtcDate(new Date(EXCEL_EPOCH_MS + Math.floor(n) * 86_400_000))
  return null
}

/** Beyond this year a date cell is a number typed into a date-formatted column (20240305 shows as ####). */
const LAST_PLAUSIBLE_YEAR = 2200

/** The ISO date a cell holds, or null when it holds something that is not a date. */
export function parseDate(value: string | number | Date): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null
    if (value.getUTCFullYear() <= LAST_PLAUSIBLE_YEAR) return isoOfUtcDate(value)
    return fromNumber(Math.round((value.getTime() - EXCEL_EPOCH_MS) / 86_400_000))
  }
  if (typeof value === 'number') return fromNumber(value)
  return fromText(value)
}

/**
 * A rectification term written relative to the day of finding, as ledgers often do:
 * 「7天」「15日内」 → that many days later; 「立即」「当场」「当天」 → the same day.
 */
export function relativeDays(value: string): number | null {
  const t = halfWidth(value).replace(/\s/g, '')
  if (/^(立即|立即整改|当场|当场整改|当天|当日|即改)$/.test(t)) return 0
  const m = /^(\d{1,3})(个工作日|天|日)内?$/.exec(t)
  return m ? Number(m[1]) : null
}
