import { beforeAll, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { monthTallies } from '../../../electron/core/reports/months'
import { passTallies } from '../../../electron/core/reports/one-pass'
import { dimensions, type ReportSummary } from '../../../electron/core/reports/schema'
import { testApp } from '../helpers'
import { expectSummaryMatchesLedger, listed } from './check'
import { edgeLedger, TODAY, type Spec } from './ledger'

/*
 * The summary counts the cases of a period in one pass over four ranges of cases (found in it;
 * found before it and open now; found before it and closed since its first day; found after it
 * and closed in it), or for whole months sums them by month (case_months), and reads the timeline
 * only for those open at its end. These cases stand on the edges of those ranges, of the months
 * and of the timeline lookups, in 2024Q1.
 */
const edges: Spec[] = [
  { key: 'closedFirstDay', found: '2023-12-28', deadline: '2024-01-10', steps: [{ do: 'close', on: '2024-01-01' }] },
  { key: 'closedLastDayAfterOverdue', found: '2024-02-01', deadline: '2024-02-10', steps: [{ do: 'close', on: '2024-03-31' }] },
  { key: 'closedDayAfterEnd', found: '2024-02-01', deadline: '2024-02-10', steps: [{ do: 'close', on: '2024-04-01' }] },
  { key: 'extendedInsidePastEnd', found: '2024-01-05', deadline: '2024-02-10', steps: [{ do: 'extend', on: '2024-02-09', to: '2024-04-30' }] },
  { key: 'extendedInsideStillPassed', found: '2024-01-05', deadline: '2024-01-20', steps: [{ do: 'extend', on: '2024-01-19', to: '2024-03-15' }] },
  { key: 'extendedOnLastDay', found: '2024-03-01', deadline: '2024-03-20', steps: [{ do: 'extend', on: '2024-03-31', to: '2024-04-20' }] },
  { key: 'voidedAfterWhileOverdue', found: '2024-01-05', deadline: '2024-01-20', steps: [{ do: 'void', on: '2024-05-01' }] },
  { key: 'failedRecheckInside', found: '2024-01-05', deadline: '2024-01-20', steps: [{ do: 'failRecheck', on: '2024-01-25', to: '2024-03-01' }] },
]

let app: FiredeskApp
let id: Map<string, string>
let q1: ReportSummary

const keysOf = async (ref: Parameters<typeof listed>[1]) => {
  const ids = await listed(app, ref)
  return [...id].filter(([, v]) => ids.includes(v)).map(([k]) => k).sort()
}

beforeAll(async () => {
  app = testApp(TODAY)
  id = await edgeLedger(app, edges)
  q1 = await app.call('reports/summary', { quarter: '2024Q1' })
})

it('counts a case closed on the first day as open at the start and closed in the quarter, one closed on the last day as closed and not open at the end', async () => {
  expect(await keysOf(q1.current.openAtStart.records)).toEqual(['closedFirstDay'])
  expect(await keysOf(q1.current.closed.records)).toEqual(['closedFirstDay', 'closedLastDayAfterOverdue'])
  expect(await keysOf(q1.current.openAtEnd.records)).not.toContain('closedLastDayAfterOverdue')
  expect(await keysOf(q1.current.openAtEnd.records)).toContain('closedDayAfterEnd')
})

it('judges 期末逾期 by the deadline in force on the last day: an extension inside the quarter counts, even one decided that day', async () => {
  // closedDayAfterEnd was still owing on the last day, past its deadline: its steps all come after
  // it (the ledger is typed in on 30 June, the closure dated 1 April), so it stands as registered
  expect(await keysOf(q1.current.overdueAtEnd.records)).toEqual(['closedDayAfterEnd', 'extendedInsideStillPassed', 'failedRecheckInside'])
  expect(q1.current.overdueAtEnd.count).toBe(3)
})

it('leaves a voided case out of every figure, though it was overdue on the quarter’s last day', () => {
  expect(q1.current.found.count).toBe(6)
  expect(q1.current.openAtEnd.count).toBe(5)
})

it('matches the independent recomputation for the quarter, the month of the extensions and the day of the last closure', async () => {
  await expectSummaryMatchesLedger(app, q1)
  for (const period of [{ from: '2024-02-01', to: '2024-02-29' }, { from: '2024-03-31', to: '2024-03-31' }, { from: '2024-01-01', to: '2024-01-01' }]) {
    await expectSummaryMatchesLedger(app, await app.call('reports/summary', period))
  }
})

it('gives the quarter’s figures the same whether summed by month or counted in one pass over its cases', () => {
  for (const period of [{ from: '2024-01-01', to: '2024-03-31' }, { from: '2024-02-01', to: '2024-02-29' }, { from: '2023-10-01', to: '2023-12-31' }]) {
    const pass = passTallies(app.ctx.db, period, dimensions)
    expect(monthTallies(app.ctx.db, period, dimensions), period.from).toEqual(pass)
  }
})
