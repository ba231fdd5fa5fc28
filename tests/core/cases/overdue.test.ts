import { describe, expect, it } from 'vitest'
import { testApp } from '../helpers'
import { caseIn, smallLedger } from './fixtures'

describe('overdue is computed from today, never stored', () => {
  it('turns overdue the day after the deadline and counts the days as the clock moves', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const open = await caseIn(app, 'rectifying', { subjectId: shop.id, deadline: '2024-03-10' })
    const done = await caseIn(app, 'closed', { subjectId: shop.id, deadline: '2024-03-10' })
    const state = async () => {
      const a = await app.call('cases/get', { id: open.id })
      const b = await app.call('cases/get', { id: done.id })
      return { open: [a.overdue, a.overdueDays], closed: [b.overdue, b.overdueDays], listed: (await app.call('cases/list', { overdue: true })).total }
    }
    expect(await state()).toEqual({ open: [false, 0], closed: [false, 0], listed: 0 })
    app.clock.set('2024-03-10T15:00:00.000Z')
    expect(await state()).toEqual({ open: [false, 0], closed: [false, 0], listed: 0 })
    app.clock.set('2024-03-11T01:00:00.000Z')
    expect(await state()).toEqual({ open: [true, 1], closed: [false, 0], listed: 1 })
    app.clock.set('2024-04-09T01:00:00.000Z')
    expect(await state()).toEqual({ open: [true, 30], closed: [false, 0], listed: 1 })
    expect((await app.call('cases/list', { overdue: false })).rows.map((r) => r.id)).toEqual([done.id])
  })

  it('an extension lifts a case out of overdue', async () => {
    const app = testApp('2024-03-15T01:00:00.000Z')
    const { shop } = await smallLedger(app)
    const c = await caseIn(app, 'rectifying', { subjectId: shop.id, deadline: '2024-03-10' })
    expect(c.overdueDays).toBe(5)
    const extended = await app.call('cases/transition', { id: c.id, action: 'extend', newDeadline: '2024-03-31', reason: '材料未到', approver: '周立新' })
    expect(extended).toMatchObject({ overdue: false, overdueDays: 0 })
  })
})
