import { describe, expect, it } from 'vitest'
import { monthsOf, periodOf, previousPeriod, quarterOf, quarterRange } from '../../../electron/core/reports/period'

describe('the period of a summary', () => {
  it('turns a quarter into its days, and a day into its quarter', () => {
    expect(quarterRange('2024Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' })
    expect(quarterRange('2023Q4')).toEqual({ from: '2023-10-01', to: '2023-12-31' })
    expect(quarterRange('2024Q2')).toEqual({ from: '2024-04-01', to: '2024-06-30' })
    expect([quarterOf('2024-03-31'), quarterOf('2024-04-01'), quarterOf('2024-12-31')]).toEqual(['2024Q1', '2024Q2', '2024Q4'])
  })

  it('is named as people say it', () => {
    const label = (from: string, to: string) => periodOf(from, to).label
    expect(label('2024-01-01', '2024-03-31')).toBe('2024年第一季度')
    expect(label('2024-10-01', '2024-12-31')).toBe('2024年第四季度')
    expect(label('2024-02-01', '2024-02-29')).toBe('2024年2月')
    expect(label('2024-01-01', '2024-06-30')).toBe('2024年上半年')
    expect(label('2024-07-01', '2024-12-31')).toBe('2024年下半年')
    expect(label('2024-01-01', '2024-12-31')).toBe('2024年')
    expect(label('2024-02-01', '2024-04-30')).toBe('2024年2月1日至2024年4月30日')
    expect(label('2020-11-20', '2021-03-15')).toBe('2020年11月20日至2021年3月15日')
    expect(periodOf('2024-01-01', '2024-03-31').days).toBe(91)
  })

  it('is compared with the whole months before it when it is whole months, else with as many days', () => {
    const prev = (from: string, to: string) => {
      const p = previousPeriod(periodOf(from, to))
      return [p.from, p.to]
    }
    expect(prev('2024-01-01', '2024-03-31')).toEqual(['2023-10-01', '2023-12-31'])
    expect(prev('2024-04-01', '2024-06-30')).toEqual(['2024-01-01', '2024-03-31'])
    expect(prev('2024-03-01', '2024-03-31')).toEqual(['2024-02-01', '2024-02-29'])
    expect(prev('2024-01-01', '2024-12-31')).toEqual(['2023-01-01', '2023-12-31'])
    expect(prev('2024-02-01', '2024-04-30')).toEqual(['2023-11-01', '2024-01-31'])
    expect(prev('2024-03-10', '2024-03-19')).toEqual(['2024-02-29', '2024-03-09'])
    expect(prev('2024-03-05', '2024-03-05')).toEqual(['2024-03-04', '2024-03-04'])
  })

  it('touches the months of its trend, the first and last cut to the period', () => {
    expect(monthsOf({ from: '2023-12-15', to: '2024-02-10' })).toEqual([
      { month: '2023-12', from: '2023-12-15', to: '2023-12-31' },
      { month: '2024-01', from: '2024-01-01', to: '2024-01-31' },
      { month: '2024-02', from: '2024-02-01', to: '2024-02-10' },
    ])
    expect(monthsOf({ from: '2024-03-05', to: '2024-03-05' })).toEqual([{ month: '2024-03', from: '2024-03-05', to: '2024-03-05' }])
  })
})
