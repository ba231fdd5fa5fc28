import { afterEach, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { agreeing, listed, owingLedger } from './owing-fixture'

/*
 * Who owes a task has one definition (tasks/owing.ts). The task list and its figures, the
 * quarterly campaign figures (已完成 / 逾期) and the ranking (任务按时完成) must read the same
 * units from it, or a printed figure would contradict the list it stands for.
 */
let app: FiredeskApp | undefined
afterEach(() => app?.close())

describe('who owes a task', () => {
  it('is the same units in the task list, the campaign figures and the ranking', async () => {
    const ledger = await owingLedger()
    app = ledger.app
    const { units, figures, ranked } = await agreeing(app, ledger.campaign.id)
    expect(units).toEqual([['派出所', '新城村', '东风村'], ['安监站', '派出所'], ['安监站', '派出所'], ['住建所'], ['消防中队']])
    expect(figures).toEqual({ due: 5, done: 3, overdue: 2 })
    expect(ranked.find(([name]) => name === '派出所')).toEqual(['派出所', 3, 2])
  })

  it('is nobody for a task of 各有关单位 in a campaign without units: overdue in the list and in the campaign figures alike', async () => {
    const ledger = await owingLedger()
    app = ledger.app
    const [task] = await listed(app, ledger.idle.id)
    expect(task).toMatchObject({ state: 'overdue', units: [] })
    const figures = await app.call('reporting/campaignFigures', { campaignId: ledger.idle.id, from: '2021-01-01', to: '2021-02-10' })
    expect(figures.tasks).toEqual({ due: 1, done: 0, overdue: 1 })
    expect((await app.call('campaigns/get', { id: ledger.idle.id })).figures.overdue).toBe(1)
  })
})
