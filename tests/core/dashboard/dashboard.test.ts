import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import type { CaseFilter } from '../../../electron/core/cases/schema'
import { caseIn, smallLedger } from '../cases/fixtures'
import { testApp } from '../helpers'

/** Today is 2024-03-05: a hand-made ledger whose dashboard is known. */
async function ledger(app: FiredeskApp) {
  const l = await smallLedger(app)
  const { shop, factory } = l
  await caseIn(app, 'rectifying', { subjectId: shop.id, foundDate: '2024-02-01', deadline: '2024-02-20' }) // overdue 14 days
  await caseIn(app, 'noticed', { subjectId: factory.id, foundDate: '2024-02-25', deadline: '2024-03-04', categoryId: 'cc04' }) // overdue 1 day
  await caseIn(app, 'registered', { subjectId: factory.id, deadline: '2024-03-05', severity: 'major', categoryId: 'cc09' }) // due today
  await caseIn(app, 'awaiting_recheck', { subjectId: shop.id, deadline: '2024-03-08' }) // the unit reported done: never due nor overdue
  await caseIn(app, 'rectifying', { subjectId: factory.id, deadline: '2024-03-12', categoryId: 'cc04', severity: 'major' }) // due in 7 days
  await caseIn(app, 'rectifying', { subjectId: shop.id, deadline: '2024-03-13' }) // due in 8 days
  await caseIn(app, 'closed', { subjectId: shop.id, deadline: '2024-03-02', severity: 'major' }) // closed: counts nowhere
  await caseIn(app, 'voided', { subjectId: factory.id, deadline: '2024-03-02' }) // voided: counts nowhere
  return l
}

/** Every number on the dashboard must be what its filter lists. */
async function listed(app: FiredeskApp, filter: CaseFilter): Promise<number> {
  return (await app.call('cases/list', filter)).total
}

describe('the dashboard', () => {
  it('tells the truth about what is overdue, due soon, awaiting recheck and major', async () => {
    const app = testApp()
    const { north, south } = await ledger(app)
    const d = await app.call('dashboard/summary', {})
    expect(d.today).toBe('2024-03-05')
    expect([d.open.count, d.overdue.count, d.dueWithin3.count, d.dueWithin7.count, d.awaitingRecheck.count, d.openMajor.count]).toEqual([6, 2, 1, 2, 1, 2])
    expect(d.recheckBacklog).toMatchObject({ count: 0, cases: [] })
    expect(d.overdue.cases.map((c) => [c.deadline, c.overdueDays])).toEqual([
      ['2024-02-20', 14],
      ['2024-03-04', 1],
    ])
    expect(d.dueWithin7.cases.map((c) => c.deadline)).toEqual(['2024-03-05', '2024-03-12'])
    expect(d.byArea.map((a) => [a.areaName, a.count, a.overdue])).toEqual([
      ['柳黄头村', 3, 1],
      ['长江村', 3, 1],
    ])
    expect(d.byArea.map((a) => a.areaId)).toEqual([north.id, south.id])
    expect(d.byCategory.map((c) => [c.categoryName, c.count, c.overdue])).toEqual([
      ['违规用火用电用气', 3, 1],
      ['消防设施损坏停用', 2, 1],
      ['易燃易爆品违规存放', 1, 0],
    ])
  })

  it('links every number to the case list filter that lists exactly those cases', async () => {
    const app = testApp()
    await ledger(app)
    const d = await app.call('dashboard/summary', {})
    for (const tile of [d.open, d.overdue, d.dueWithin3, d.dueWithin7, d.awaitingRecheck, d.recheckBacklog, d.openMajor]) {
      expect(await listed(app, tile.filter)).toBe(tile.count)
    }
    for (const g of [...d.byArea, ...d.byCategory]) {
      expect(await listed(app, g.filter)).toBe(g.count)
      expect(await listed(app, g.overdueFilter)).toBe(g.overdue)
    }
  })

  it('changes as days pass and as cases move', async () => {
    const app = testApp()
    await ledger(app)
    app.clock.set('2024-03-09T02:00:00.000Z')
    let d = await app.call('dashboard/summary', {})
    // The case 待复查 past its deadline (03-08) is the office's backlog, not overdue.
    expect([d.overdue.count, d.dueWithin3.count, d.dueWithin7.count, d.recheckBacklog.count]).toEqual([3, 1, 2, 1])
    const awaiting = (await app.call('cases/list', { status: ['awaiting_recheck'] })).rows[0]
    expect(d.recheckBacklog.cases.map((c) => [c.id, c.waitingSince, c.waitingDays])).toEqual([[awaiting?.id, '2024-03-05', 4]])
    await app.call('cases/transition', { id: awaiting?.id ?? '', action: 'recheckPassed' })
    d = await app.call('dashboard/summary', {})
    expect([d.awaitingRecheck.count, d.recheckBacklog.count, d.overdue.count, d.open.count]).toEqual([0, 0, 3, 6])
    await app.call('cases/transition', { id: awaiting?.id ?? '', action: 'close' })
    d = await app.call('dashboard/summary', {})
    expect([d.overdue.count, d.open.count]).toEqual([3, 5])
  })

  it('is empty on an empty ledger', async () => {
    const app = testApp()
    const d = await app.call('dashboard/summary', {})
    expect([d.open.count, d.overdue.count, d.byArea, d.byCategory, d.overdue.cases]).toEqual([0, 0, [], [], []])
  })
})

describe('what became overdue since the last start', () => {
  it('lists the cases whose deadline passed between the previous start and today', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firedesk-dash-'))
    const start = (at: string) => openApp({ dataDir: dir, clock: fixedClock(at), newId: sequentialIds(at), logError: () => {} })
    try {
      const first = start('2024-03-05T01:00:00.000Z')
      await ledger(first)
      expect(await first.call('dashboard/sinceLastStart', {})).toMatchObject({ previousStart: null, count: 0, cases: [] })
      first.close()

      const second = start('2024-03-10T01:00:00.000Z')
      const since = await second.call('dashboard/sinceLastStart', {})
      // Deadlines 03-05 and 03-08 passed since the start on 03-05; 02-20 and 03-04 were already overdue then.
      // The case due 03-08 is 待复查: the unit did its part, so it did not become overdue.
      expect(since.previousStart).toBe('2024-03-05')
      expect(since.cases.map((c) => c.deadline)).toEqual(['2024-03-05'])
      expect(since.count).toBe(1)
      expect(await listed(second, since.filter)).toBe(1)
      expect((await second.call('dashboard/sinceLastStart', {})).previousStart).toBe('2024-03-05')
      second.close()

      const third = start('2024-03-10T09:00:00.000Z')
      expect(await third.call('dashboard/sinceLastStart', {})).toMatchObject({ previousStart: '2024-03-10', count: 0 })
      third.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
