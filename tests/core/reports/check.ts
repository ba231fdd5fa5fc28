import { expect } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import type { CaseCount, Dimension, RecordsRef, ReportSummary } from '../../../electron/core/reports/schema'
import { countBy, countByMonth, dimensionColumn, expectedSets, percentOf, readLedger, type FigureKey, type RawCase } from './recompute'

const ids = (cases: readonly RawCase[]) => cases.map((c) => c.id).sort()

/** Every case a reference lists through reports/records, page by page. */
export async function listed(app: FiredeskApp, ref: RecordsRef): Promise<string[]> {
  const out: string[] = []
  for (let page = 1; ; page++) {
    const p = await app.call('reports/records', { ...ref, page, pageSize: 200 })
    out.push(...p.rows.map((c) => c.id))
    if (out.length >= p.total) return out.sort()
  }
}

/** Every case a case-list filter finds through cases/list. */
async function listedByFilter(app: FiredeskApp, filter: NonNullable<CaseCount['filter']>): Promise<string[]> {
  const out: string[] = []
  for (let page = 1; ; page++) {
    const p = await app.call('cases/list', { ...filter, page, pageSize: 200 })
    out.push(...p.rows.map((c) => c.id))
    if (out.length >= p.total) return out.sort()
  }
}

/** The number, its records and its case-list filter all give exactly these cases. */
async function sameCases(app: FiredeskApp, n: CaseCount, expected: readonly RawCase[], what: string, deep: boolean): Promise<void> {
  expect(n.count, what).toBe(expected.length)
  if (!deep) return
  expect(await listed(app, n.records), `${what}: reports/records`).toEqual(ids(expected))
  if (n.filter) expect(await listedByFilter(app, n.filter), `${what}: cases/list filter`).toEqual(ids(expected))
}

const keys: FigureKey[] = ['found', 'closed', 'foundClosed', 'openAtStart', 'openAtEnd', 'overdueAtEnd', 'supervisedStarted', 'supervisedAtEnd']
const dims: Dimension[] = ['area', 'category', 'subjectKind', 'severity']

/**
 * Compares a summary with the independent recomputation: every headline figure and rate of both
 * periods, every breakdown row, every month. With `deep`, each number's records and filter are
 * listed and compared case by case too.
 */
export async function expectSummaryMatchesLedger(app: FiredeskApp, s: ReportSummary, deep = true): Promise<void> {
  const ledger = readLedger(app.ctx.db)
  for (const [figures, label] of [
    [s.current, 'current'],
    [s.prior, 'prior'],
  ] as const) {
    const e = expectedSets(ledger, figures.period.from, figures.period.to)
    const at = `${label} ${figures.period.from}…${figures.period.to}`
    for (const k of keys) await sameCases(app, figures[k], e[k], `${at} ${k}`, deep)
    await sameCases(app, figures.majorFound, e.found.filter((c) => c.severity === 'major'), `${at} majorFound`, deep)
    await sameCases(app, figures.majorClosed, e.closed.filter((c) => c.severity === 'major'), `${at} majorClosed`, deep)
    expect(figures.rate, `${at} rate`).toEqual({ numerator: e.foundClosed.length, denominator: e.found.length, percent: percentOf(e.foundClosed.length, e.found.length) })
    expect(figures.closedRatio, `${at} closedRatio`).toEqual({ numerator: e.closed.length, denominator: e.found.length, percent: percentOf(e.closed.length, e.found.length) })
  }

  const e = expectedSets(ledger, s.period.from, s.period.to)
  for (const d of dims) {
    const b = s.breakdowns.find((x) => x.dimension === d)
    expect(b, d).toBeDefined()
    const rows = new Map(b?.rows.map((r) => [r.id, r]))
    const perKey = Object.fromEntries(keys.map((k) => [k, countBy(e[k], d)])) as Record<FigureKey, Map<string, number>>
    const groups = new Set(Object.values(perKey).flatMap((m) => [...m.keys()]))
    for (const g of groups) expect(rows.has(g), `${d} ${g} is listed`).toBe(true)
    for (const [g, r] of rows) {
      for (const k of ['found', 'foundClosed', 'closed', 'openAtEnd', 'overdueAtEnd'] as const) {
        const want = e[k].filter((c) => c[dimensionColumn[d]] === g)
        await sameCases(app, r[k], want, `${d} ${r.name} ${k}`, deep && want.length > 0)
      }
      expect(r.rate.percent, `${d} ${r.name} rate`).toBe(percentOf(perKey.foundClosed.get(g) ?? 0, perKey.found.get(g) ?? 0))
    }
  }

  const found = countByMonth(e.found, (c) => c.found_date)
  const closed = countByMonth(e.closed, (c) => c.closed_date)
  const months = [...new Set([...found.keys(), ...closed.keys()])]
  for (const m of months) expect(s.trend.map((t) => t.month), `month ${m} is in the trend`).toContain(m)
  expect(s.trend[0]?.from).toBe(s.period.from)
  expect(s.trend[s.trend.length - 1]?.to).toBe(s.period.to)
  for (const t of s.trend) {
    expect(t.found.count, `${t.month} found`).toBe(found.get(t.month) ?? 0)
    expect(t.closed.count, `${t.month} closed`).toBe(closed.get(t.month) ?? 0)
    const month = expectedSets(ledger, t.from, t.to)
    await sameCases(app, t.found, month.found, `${t.month} found`, deep)
    await sameCases(app, t.closed, month.closed, `${t.month} closed`, deep)
  }
  expect(s.source.cases).toBe(ledger.cases.filter((c) => c.status !== 'voided').length)
  expect(s.source.voided).toBe(ledger.cases.filter((c) => c.status === 'voided').length)
}
