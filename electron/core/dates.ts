/** Dates as people read them in official Chinese text. */

/** 2024-03-05 → 2024年3月5日: Arabic numerals, full year, no zero padding (GB/T 9704). */
export const formatDateZh = (iso: string): string =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
