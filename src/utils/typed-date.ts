/**
 * A date as staff type it: 2024-3-5, 2024/3/5, 2024.3.5, 20240305, 2024年3月5日, or 3月5日 and
 * 3-5 in the current year. Returns YYYY-MM-DD, or null when it is not a real calendar day.
 */
export function parseTypedDate(text: string, year: number): string | null {
  const s = text.trim().replace(/\s+/g, '')
  const full = /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  const short = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  const parts = full ? full.slice(1, 4) : short ? [String(year), short[1], short[2]] : null
  if (!parts) return null
  const [y, m, d] = parts.map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
