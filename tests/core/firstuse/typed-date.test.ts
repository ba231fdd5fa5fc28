import { describe, expect, it } from 'vitest'
import { parseTypedDate } from '../../../src/utils/typed-date'

describe('dates as staff type them', () => {
  it('reads the usual ways of writing a day', () => {
    for (const typed of ['2024-3-5', '2024/3/5', '2024.03.05', '20240305', '2024年3月5日', ' 2024 - 3 - 5 ']) expect(parseTypedDate(typed, 2026), typed).toBe('2024-03-05')
    expect(parseTypedDate('3月5日', 2026)).toBe('2026-03-05')
    expect(parseTypedDate('12-31', 2026)).toBe('2026-12-31')
  })

  it('refuses what is not a real day', () => {
    for (const typed of ['2024-2-30', '20241301', '13月1日', '明天', '2024-3', '']) expect(parseTypedDate(typed, 2026), typed).toBeNull()
  })
})
