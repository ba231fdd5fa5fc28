const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** The whole previous calendar month of a day, the period a monthly 通报 covers by default. */
export function lastMonth(today: Date): { from: string | null; to: string | null } {
  const y = today.getFullYear()
  const m = today.getMonth()
  const start = new Date(y, m - 1, 1)
  const end = new Date(y, m, 0)
  return { from: iso(start.getFullYear(), start.getMonth() + 1, 1), to: iso(end.getFullYear(), end.getMonth() + 1, end.getDate()) }
}
