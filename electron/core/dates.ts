/** Calendar dates as ISO strings (YYYY-MM-DD): arithmetic in UTC, so that no time zone shifts a day, and the way people read them. */

const DAY_MS = 86_400_000

/** The value when it is a day written YYYY-MM-DD: raw args a schema refused may hold anything. */
export const asIsoDay = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined)

const toUtc = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))

export const addDays = (iso: string, days: number): string => new Date(toUtc(iso) + days * DAY_MS).toISOString().slice(0, 10)

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS)

/** 2024-03-05 → 2024年3月5日: Arabic numerals, full year, no zero padding (GB/T 9704). */
export const formatDateZh = (iso: string): string =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1
const fromMonthIndex = (m: number, day: number): string =>
  `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** The first day of the month `n` months after the month of `iso` (before it when negative): 2024-03-15, -2 → 2024-01-01. */
export const monthStart = (iso: string, n = 0): string => fromMonthIndex(monthIndex(iso) + n, 1)

/** The last day of the month of `iso`: 2024-02-10 → 2024-02-29. */
export const monthEnd = (iso: string): string => {
  const m = monthIndex(iso) + 1
  return new Date(Date.UTC(Math.floor(m / 12), m % 12, 0)).toISOString().slice(0, 10)
}
