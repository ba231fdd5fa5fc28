import { describe, expect, it } from 'vitest'
import { expectSummaryMatchesLedger } from '../reports/check'
import { testApp } from '../helpers'
import { caseIn, smallLedger } from './fixtures'

/*
 * DOMAIN.md's 逾期, the same everywhere: the unit owes work (registered, noticed, rectifying, a
 * failed recheck with its new deadline) and the deadline has passed. 待复查 past the deadline is
 * the office's backlog; 复查合格 awaits only 销号.
 */

/** On 2024-04-20: four cases of the shop, all with a deadline of 2024-03-10. */
async function ledger() {
  const app = testApp('2024-03-05T01:00:00.000Z')
  const { shop, factory } = await smallLedger(app)
  const base = { subjectId: shop.id, foundDate: '2024-03-01', deadline: '2024-03-10' }
  const owing = await caseIn(app, 'rectifying', base)
  const waiting = await caseIn(app, 'rectifying', { ...base, description: '疏散通道堆放杂物' })
  const passed = await caseIn(app, 'awaiting_recheck', { ...base, description: '灭火器压力不足' })
  const failed = await caseIn(app, 'awaiting_recheck', { ...base, description: '电线私拉乱接', subjectId: factory.id })
  app.clock.set('2024-04-20T01:00:00.000Z')
  // The unit reported done in April, after the deadline: March ends with it still owing work.
  await app.call('cases/transition', { id: waiting.id, action: 'requestRecheck', date: '2024-04-02' })
  await app.call('cases/transition', { id: passed.id, action: 'recheckPassed', date: '2024-03-20' })
  await app.call('cases/transition', { id: failed.id, action: 'recheckFailed', date: '2024-03-20', newDeadline: '2024-04-10' })
  return { app, owing, waiting, passed, failed }
}

describe('逾期: one definition in every count, list, proposal and document', () => {
  it('counts a case 待复查 or 复查合格 past its deadline nowhere as overdue', async () => {
    const { app, owing, waiting, passed, failed } = await ledger()
    const overdueIds = [owing.id, failed.id].sort()

    expect((await app.call('cases/get', { id: waiting.id })).overdue).toBe(false)
    expect((await app.call('cases/get', { id: passed.id })).overdueDays).toBe(0)
    expect((await app.call('cases/get', { id: failed.id })).overdueDays).toBe(10)
    expect((await app.call('cases/list', { overdue: true })).rows.map((c) => c.id).sort()).toEqual(overdueIds)

    const d = await app.call('dashboard/summary', {})
    expect(d.overdue.count).toBe(2)
    expect(d.overdue.cases.map((c) => c.id).sort()).toEqual(overdueIds)
    expect(d.byArea.reduce((n, a) => n + a.overdue, 0)).toBe(2)
    expect(d.recheckBacklog.count).toBe(1)
    expect(d.recheckBacklog.cases.map((c) => [c.id, c.waitingSince, c.waitingDays])).toEqual([[waiting.id, '2024-04-02', 18]])

    expect((await app.call('escalation/proposals', { caseId: waiting.id })).total).toBe(0)
    expect((await app.call('escalation/proposals', { caseId: passed.id })).total).toBe(0)
    const proposed = new Set((await app.call('escalation/proposals', { pageSize: 100 })).rows.map((p) => p.caseId))
    expect([...proposed].sort()).toEqual(overdueIds)
    expect((await app.call('escalation/ladder', { caseId: waiting.id })).proposals).toEqual([])

    const circular = await app.call('circulars/draft', { from: '2024-04-01', to: '2024-04-19' })
    expect(circular.figures.overdueAtEnd).toBe(2)
    expect(circular.areas.reduce((n, a) => n + a.overdueAtEnd, 0)).toBe(2)
    // Named units: overdue 30 days or more (the 通报 rung), so only the case that owes work since March.
    expect(circular.units.flatMap((u) => u.caseIds)).toEqual([owing.id])
    expect(JSON.stringify(circular.document.data)).toContain('不含待复查、复查合格待销号的隐患')
  })

  it('lists as due soon only what the unit still owes: a case 待复查 or 复查合格 before its deadline is not due', async () => {
    const app = testApp('2024-03-05T01:00:00.000Z')
    const { shop } = await smallLedger(app)
    const base = { subjectId: shop.id, foundDate: '2024-03-01', deadline: '2024-03-07' }
    const owing = await caseIn(app, 'rectifying', base)
    await caseIn(app, 'awaiting_recheck', { ...base, description: '疏散通道堆放杂物' })
    await caseIn(app, 'recheck_passed', { ...base, description: '灭火器压力不足' })
    const d = await app.call('dashboard/summary', {})
    expect([d.dueWithin3.count, d.dueWithin7.count, d.awaitingRecheck.count]).toEqual([1, 1, 1])
    expect(d.dueWithin7.cases.map((c) => c.id)).toEqual([owing.id])
    expect((await app.call('cases/list', d.dueWithin3.filter)).rows.map((c) => c.id)).toEqual([owing.id])
  })

  it('overdue at a period’s end is read as the ledger stood that day, and the summary’s recomputation agrees', async () => {
    const { app } = await ledger()
    // On 03-31 the case reported done in April still owed work; the failed one had its new deadline (04-10) ahead.
    const march = await app.call('reports/summary', { from: '2024-03-01', to: '2024-03-31' })
    expect(march.current.overdueAtEnd.count).toBe(2)
    const marchCircular = await app.call('circulars/draft', { from: '2024-03-01', to: '2024-03-31' })
    expect(marchCircular.figures.overdueAtEnd).toBe(2)
    await expectSummaryMatchesLedger(app, march)

    const april = await app.call('reports/summary', { from: '2024-04-01', to: '2024-04-19' })
    expect(april.current.overdueAtEnd.count).toBe(2)
    expect(april.definitions.find((x) => x.term === '期末逾期未整改')?.text).toContain('待复查的隐患属镇消安委办复查待办')
    await expectSummaryMatchesLedger(app, april)
  })
})
