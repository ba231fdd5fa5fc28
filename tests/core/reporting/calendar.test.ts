import { describe, expect, it } from 'vitest'
import { parseRhythm, periodByKey, periodOf, periodsBetween, rhythmLabel } from '../../../electron/core/reporting/calendar'
import { isChaseable, standingOf } from '../../../electron/core/reporting/standing'

const w = { remindDays: 2, graceDays: 3 }

describe('the period calendar of a 报送 rhythm', () => {
  it('reads the rhythms as tasks write them, and says them as notices do', () => {
    expect(rhythmLabel(parseRhythm('weekly:4'))).toBe('每周四')
    expect(rhythmLabel(parseRhythm('monthly:26'))).toBe('每月26日前')
    expect(rhythmLabel(parseRhythm('monthly'))).toBe('每月底前')
    expect(rhythmLabel(parseRhythm('quarterly'))).toBe('每季度末前')
    expect(() => parseRhythm('weekly:8')).toThrow(/报送频次/)
    expect(() => parseRhythm('monthly:32')).toThrow(/报送频次/)
  })

  it('weekly by Thursday: the week Monday–Sunday, reminders two days before, cut-off three days after', () => {
    const p = periodOf(parseRhythm('weekly:4'), w, '2024-03-09')
    expect(p).toEqual({
      key: '2024-W10',
      label: '2024年3月4日—3月10日',
      short: '3.4–3.10',
      start: '2024-03-04',
      end: '2024-03-10',
      remindFrom: '2024-03-05',
      due: '2024-03-07',
      cutoff: '2024-03-10',
    })
  })

  it('numbers weeks as ISO 8601 does across the new year', () => {
    expect(periodOf(parseRhythm('weekly:4'), w, '2024-12-31').key).toBe('2025-W01')
    expect(periodOf(parseRhythm('weekly:4'), w, '2021-01-03').key).toBe('2020-W53')
    // a clerk reads the week by its days, the year named again where the week crosses into the next
    expect(periodOf(parseRhythm('weekly:4'), w, '2021-01-03')).toMatchObject({ label: '2020年12月28日—2021年1月3日', short: '12.28–1.3' })
  })

  it('monthly by the 26th, and by a day the month lacks (31st in February → the 29th)', () => {
    const p = periodOf(parseRhythm('monthly:26'), w, '2024-02-03')
    expect([p.key, p.label, p.remindFrom, p.due, p.cutoff]).toEqual(['2024-02', '2024年2月', '2024-02-24', '2024-02-26', '2024-02-29'])
    expect(periodOf(parseRhythm('monthly:31'), w, '2024-02-10').due).toBe('2024-02-29')
    expect(periodOf(parseRhythm('monthly'), w, '2023-02-10').due).toBe('2023-02-28')
  })

  it('quarterly: due on the quarter’s last day, the cut-off running into the next quarter', () => {
    const p = periodOf(parseRhythm('quarterly'), { remindDays: 10, graceDays: 10 }, '2024-05-20')
    expect([p.key, p.label, p.start, p.end, p.remindFrom, p.due, p.cutoff]).toEqual([
      '2024-Q2', '2024年第二季度', '2024-04-01', '2024-06-30', '2024-06-20', '2024-06-30', '2024-07-10',
    ])
  })

  it('owes only the periods whose due day falls in the campaign', () => {
    // 2020-11-20 is a Friday: that week's Thursday is before the campaign; 2021-03-10 is a Wednesday.
    const ps = periodsBetween(parseRhythm('weekly:4'), w, '2020-11-20', '2021-03-10')
    expect(ps[0]?.due).toBe('2020-11-26')
    expect(ps.at(-1)?.due).toBe('2021-03-04')
    expect(ps).toHaveLength(15)
    expect(new Set(ps.map((p) => p.key)).size).toBe(15)
    expect(periodsBetween(parseRhythm('monthly:26'), w, '2020-11-20', '2021-03-10').map((p) => p.key)).toEqual(['2020-11', '2020-12', '2021-01', '2021-02'])
    expect(periodsBetween(parseRhythm('quarterly'), w, '2021-01-01', '2021-12-31')).toHaveLength(4)
    expect(periodsBetween(parseRhythm('weekly:4'), w, '2021-03-10', '2021-03-01')).toEqual([])
  })

  it('finds a period again by its key, and refuses keys of another rhythm', () => {
    const r = parseRhythm('weekly:4')
    for (const p of periodsBetween(r, w, '2020-11-20', '2021-03-10')) expect(periodByKey(r, w, p.key)).toEqual(p)
    expect(periodByKey(r, w, '2024-03')).toBeNull()
    expect(periodByKey(parseRhythm('monthly:26'), w, '2024-03')?.due).toBe('2024-03-26')
    expect(periodByKey(parseRhythm('quarterly'), w, '2024-Q4')?.due).toBe('2024-12-31')
    expect(periodByKey(r, w, '2021-W53')).toBeNull()
  })
})

describe('late and missing', () => {
  const p = periodOf(parseRhythm('weekly:4'), w, '2024-03-07')

  it('classifies a report by the day it was received', () => {
    expect(standingOf(p, '2024-03-07', '2024-04-01')).toBe('on_time')
    expect(standingOf(p, '2024-03-08', '2024-04-01')).toBe('late')
    expect(standingOf(p, '2024-03-10', '2024-04-01')).toBe('late')
    // after the cut-off a report is kept but the period counts as missing
    expect(standingOf(p, '2024-03-11', '2024-04-01')).toBe('missing')
  })

  it('classifies a unit with nothing received by today', () => {
    expect(standingOf(p, null, '2024-03-04')).toBe('upcoming')
    expect(standingOf(p, null, '2024-03-05')).toBe('due')
    expect(standingOf(p, null, '2024-03-07')).toBe('due')
    expect(standingOf(p, null, '2024-03-08')).toBe('overdue')
    expect(standingOf(p, null, '2024-03-10')).toBe('overdue')
    expect(standingOf(p, null, '2024-03-11')).toBe('missing')
  })

  it('chases units from the reminder day on, never those already in', () => {
    expect(['upcoming', 'due', 'overdue', 'missing', 'on_time', 'late'].filter((s) => isChaseable(s as never))).toEqual(['due', 'overdue', 'missing'])
  })
})
