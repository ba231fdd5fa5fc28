/**
 * Dates travel as ISO strings (YYYY-MM-DD, or full timestamps in UTC); people read 2024年3月5日.
 * A timestamp is shown in the office's local day, which is what "today" means to its staff.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (plain) return `${Number(plain[1])}年${Number(plain[2])}月${Number(plain[3])}日`
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
}

/** A moment as people read it, to the second, in the office's local time: 2024年3月5日 09:07:03. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${formatDate(iso)} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}
