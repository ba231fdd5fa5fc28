import { afterAll, beforeAll, expect, it } from 'vitest'
import { testApp } from '../helpers'
import { expectSummaryMatchesLedger, listed } from './check'

/*
 * A hazard found on 1 January with a January deadline, typed into FireDesk only on 5 April and
 * closed on 20 April: its 登记 entry is dated 5 April, so on 31 March its timeline has nothing yet.
 * On that day it was registered and past its deadline, whatever became of it later.
 */
const app = testApp('2024-04-05T02:00:00.000Z')
let lateId = ''
let onTimeId = ''

beforeAll(async () => {
  const area = await app.call('areas/create', { name: '柳黄头村', sortOrder: 1 })
  const shop = await app.call('subjects/create', { name: '好运来小吃店', kindId: 'sk01', areaId: area.id, address: '柳青路88号' })
  const register = async (description: string, deadline: string) =>
    (
      await app.call('cases/create', {
        subjectId: shop.id,
        foundDate: '2024-01-01',
        source: 'routine',
        inspectors: '王志强',
        categoryId: 'cc01',
        severity: 'general',
        description,
        requirement: '立即整改',
        deadline,
      })
    ).id
  lateId = await register('一楼配电箱周边堆放纸箱', '2024-01-31')
  // the same day's entry with a deadline after the quarter: open at its end, not overdue
  onTimeId = await register('二楼疏散指示标志损坏', '2024-04-30')
  app.clock.set('2024-04-20T02:00:00.000Z')
  for (const action of ['notice', 'startRectify', 'requestRecheck', 'recheckPassed', 'close'] as const) {
    await app.call('cases/transition', { id: lateId, action, date: '2024-04-20' })
  }
})
afterAll(() => app.close())

it('counts a hazard entered after the quarter, found in it and closed since, as overdue at the quarter’s end', async () => {
  const q1 = await app.call('reports/summary', { quarter: '2024Q1' })
  expect(q1.current.openAtEnd.count).toBe(2)
  expect(q1.current.overdueAtEnd.count).toBe(1)
  expect(await listed(app, q1.current.overdueAtEnd.records)).toEqual([lateId])
  expect(await listed(app, q1.current.openAtEnd.records)).toContain(onTimeId)
  await expectSummaryMatchesLedger(app, q1)
})

it('counts it as closed, not overdue, at the end of the quarter in which it was closed', async () => {
  const q2 = await app.call('reports/summary', { quarter: '2024Q2' })
  expect(q2.current.closed.count).toBe(1)
  expect(await listed(app, q2.current.closed.records)).toEqual([lateId])
  expect(await listed(app, q2.current.overdueAtEnd.records)).not.toContain(lateId)
})
