import type { SelectOption } from 'naive-ui'

/** 12.3% or — when nothing is registered. */
export const rateText = (rate: number | null): string => (rate === null ? '—' : `${rate.toFixed(1)}%`)

/** The current quarter of `today` and the seven before it, newest first: 2024Q1 → 2024年第一季度. */
export function quarterOptions(today: string): SelectOption[] {
  const names = ['一', '二', '三', '四']
  let year = Number(today.slice(0, 4))
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3)
  const out: SelectOption[] = []
  for (let i = 0; i < 8; i++) {
    out.push({ value: `${year}Q${q + 1}`, label: `${year}年第${names[q] ?? ''}季度` })
    q -= 1
    if (q < 0) {
      q = 3
      year -= 1
    }
  }
  return out
}
