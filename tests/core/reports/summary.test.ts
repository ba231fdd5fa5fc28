import { beforeAll, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import type { ReportSummary } from '../../../electron/core/reports/schema'
import { errorOf, testApp } from '../helpers'
import { expectSummaryMatchesLedger, listed } from './check'
import { edgeLedger, TODAY } from './ledger'

let app: FiredeskApp
let id: Map<string, string>
let q1: ReportSummary

const keysOf = async (s: ReportSummary, pick: (s: ReportSummary) => { records: Parameters<typeof listed>[1] }) => {
  const listedIds = await listed(app, pick(s).records)
  return [...id].filter(([, v]) => listedIds.includes(v)).map(([k]) => k).sort()
}

beforeAll(async () => {
  app = testApp(TODAY)
  id = await edgeLedger(app)
  q1 = await app.call('reports/summary', { quarter: '2024Q1' })
})

describe('reports/summary of 2024Q1 on the edge-case ledger', () => {
  it('names the period, the one compared with, and the data it was taken from', () => {
    expect(q1.period).toEqual({ from: '2024-01-01', to: '2024-03-31', kind: 'quarter', label: '2024年第一季度', range: '2024年1月1日至2024年3月31日', days: 91 })
    expect(q1.previous).toMatchObject({ from: '2023-10-01', to: '2023-12-31', label: '2023年第四季度' })
    expect(q1.source).toMatchObject({ takenAt: TODAY, today: '2024-06-30', dataFile: null, cases: 14, voided: 2 })
    expect(q1.source.lastChangeAt).toBe(TODAY)
  })

  it('counts found cases by their found date, the first and last day included, voided and later ones left out', async () => {
    expect(q1.current.found.count).toBe(10)
    expect(await keysOf(q1, (s) => s.current.found)).not.toContain('voidedAfterWhileOpen')
    expect(await keysOf(q1, (s) => s.current.found)).toEqual(
      expect.arrayContaining(['firstDayClosedLastDay', 'foundLastDay', 'closedAfterEnd', 'extendedTwice']),
    )
    expect(await keysOf(q1, (s) => s.current.found)).not.toContain('foundAfter')
  })

  it('counts closures inside the period whenever found, the last day included', async () => {
    expect(await keysOf(q1, (s) => s.current.closed)).toEqual(['beforeClosedInside', 'firstDayClosedLastDay', 'majorClosedInside'])
    expect(await keysOf(q1, (s) => s.current.foundClosed)).toEqual(['firstDayClosedLastDay', 'majorClosedInside'])
    expect(q1.current.rate).toEqual({ numerator: 2, denominator: 10, percent: 20 })
    expect(q1.current.closedRatio).toEqual({ numerator: 3, denominator: 10, percent: 30 })
  })

  it('counts open cases at the start and the end as of those days: a closure after the end still leaves it open', async () => {
    expect(await keysOf(q1, (s) => s.current.openAtStart)).toEqual(['beforeClosedInside', 'oldOpenOverdue'])
    expect(q1.current.openAtEnd.count).toBe(9)
    expect(await keysOf(q1, (s) => s.current.openAtEnd)).toContain('closedAfterEnd')
    expect(await keysOf(q1, (s) => s.current.openAtEnd)).not.toContain('voidedAfterWhileOpen')
    expect(q1.current.openAtEnd.count).toBe(q1.current.openAtStart.count + q1.current.found.count - q1.current.closed.count)
  })

  it('judges overdue at the end by the deadline then in force: extensions inside count, later ones do not', async () => {
    expect(await keysOf(q1, (s) => s.current.overdueAtEnd)).toEqual(['closedAfterEnd', 'deadlineDayBeforeEnd', 'extendedAfterEnd', 'extendedTwice', 'oldOpenOverdue'])
    const rows = (await app.call('reports/records', q1.current.overdueAtEnd.records)).rows
    expect(rows.find((r) => r.id === id.get('extendedAfterEnd'))).toMatchObject({ deadline: '2024-04-30', deadlineAtEnd: '2024-03-20' })
    expect(rows.find((r) => r.id === id.get('extendedTwice'))).toMatchObject({ deadline: '2024-05-31', deadlineAtEnd: '2024-02-28' })
  })

  it('counts major hazards found and closed', () => {
    expect([q1.current.majorFound.count, q1.current.majorClosed.count]).toEqual([1, 1])
    expect(q1.current.majorFound.filter).toMatchObject({ severity: 'major', foundFrom: '2024-01-01', foundTo: '2024-03-31' })
  })

  it('counts supervisions started in the period and still running at its end, a voided one nowhere', async () => {
    expect(await keysOf(q1, (s) => s.current.supervisedStarted)).toEqual(['closedAfterEnd', 'majorClosedInside'])
    expect(await keysOf(q1, (s) => s.current.supervisedAtEnd)).toEqual(['closedAfterEnd', 'oldOpenOverdue'])
    expect([q1.prior.supervisedStarted.count, q1.prior.supervisedAtEnd.count]).toEqual([1, 1])
  })

  it('compares with 2023Q4, whose closure on its last day leaves nothing open into 2024', () => {
    expect([q1.prior.found.count, q1.prior.closed.count, q1.prior.foundClosed.count, q1.prior.openAtEnd.count]).toEqual([3, 1, 1, 2])
    expect(q1.prior.openAtEnd.count).toBe(q1.current.openAtStart.count)
  })

  it('breaks down by area, category, subject kind and severity, listing areas without cases too', () => {
    const areas = q1.breakdowns.find((b) => b.dimension === 'area')
    expect(areas?.rows.map((r) => [r.name, r.found.count, r.openAtEnd.count])).toEqual([
      ['柳黄头村', 5, 5],
      ['长江村', 5, 4],
      ['象阳村', 0, 0],
    ])
    expect(areas?.rows[0]?.found.filter).toMatchObject({ areaId: areas?.rows[0]?.id, foundFrom: '2024-01-01' })
    expect(areas?.rows[0]?.closed.filter).toBeNull()
  })

  it('gives found and closed per month, each with the filter of that month', () => {
    expect(q1.trend.map((m) => [m.label, m.found.count, m.closed.count])).toEqual([
      ['1月', 3, 1],
      ['2月', 2, 0],
      ['3月', 5, 2],
    ])
    expect(q1.trend[1]?.found.filter).toMatchObject({ foundFrom: '2024-02-01', foundTo: '2024-02-29' })
  })

  it('states its definitions, each count with the SQL that reproduces it', () => {
    const terms = q1.definitions.map((d) => d.term)
    expect(terms).toEqual(expect.arrayContaining(['统计期间', '作废隐患', '发现隐患', '整改率', '期末逾期未整改', '上期']))
    const overdue = q1.definitions.find((d) => d.term === '期末逾期未整改')
    expect(overdue?.sql).toContain("'2024-03-31'")
    const n = app.ctx.db.prepare(overdue?.sql ?? '').pluck().get()
    expect(n).toBe(5)
    expect(q1.campaigns).toEqual([])
    expect(terms).toEqual(expect.arrayContaining(['到期任务', '漏报']))
  })

  it('matches the independent recomputation, case by case', async () => {
    await expectSummaryMatchesLedger(app, q1)
  })

  it.each([
    [{ from: '2024-03-01', to: '2024-03-31' }],
    [{ from: '2024-01-15', to: '2024-04-05' }],
    [{ from: '2024-01-01', to: '2024-06-30' }],
    [{ from: '2023-01-01', to: '2023-12-31' }],
    [{ from: '2024-03-31', to: '2024-03-31' }],
    [{ quarter: '2024Q2' }],
  ])('matches it for %j as well', async (period) => {
    await expectSummaryMatchesLedger(app, await app.call('reports/summary', period))
  })
})

describe('reports/summary arguments', () => {
  it('refuses a bad quarter, a missing or reversed date, both ways at once, naming the field', async () => {
    expect(await errorOf(app, 'reports/summary', { quarter: '2024Q5' })).toMatchObject({ field: 'quarter', message: '季度格式应为“2024Q1”' })
    expect(await errorOf(app, 'reports/summary', { from: '2024-01-01' })).toMatchObject({ field: 'to', message: '请填写截止日期' })
    expect(await errorOf(app, 'reports/summary', {})).toMatchObject({ field: 'from' })
    expect(await errorOf(app, 'reports/summary', { from: '2024-03-01', to: '2024-02-01' })).toMatchObject({ field: 'to', message: '截止日期不能早于起始日期' })
    expect(await errorOf(app, 'reports/summary', { quarter: '2024Q1', from: '2024-01-01' })).toMatchObject({ field: 'quarter' })
    expect(await errorOf(app, 'reports/summary', { from: '2010-01-01', to: '2024-01-01' })).toMatchObject({ message: '汇总期间不能超过10年' })
  })

  it('lists the records of a group only with both the dimension and the group', async () => {
    expect(await errorOf(app, 'reports/records', { quarter: '2024Q1', figure: 'found', dimension: 'area' })).toMatchObject({ field: 'groupId' })
  })
})
