import { afterEach, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { owingLedger } from './owing-fixture'

/*
 * Who owes a task has one definition (tasks/owing.ts). The task list and its figures, the
 * quarterly campaign figures (已完成 / 逾期) and the ranking (任务按时完成) must read the same
 * units from it, or a printed figure would contradict the list it stands for.
 */
let app: FiredeskApp | undefined
afterEach(() => app?.close())

/** What the task list shows: each task's owing units with the day each reported 已完成. */
async function listed(a: FiredeskApp, campaignId: string) {
  return (await a.call('tasks/list', { campaignId })).map((t) => ({ deadline: t.deadline!, state: t.state, units: t.progress.map((p) => ({ name: p.unitName, doneDate: p.doneDate })) }))
}

describe('who owes a task', () => {
  it('is the same units in the task list, the campaign figures and the ranking', async () => {
    const ledger = await owingLedger()
    app = ledger.app
    const tasks = await listed(app, ledger.campaign.id)
    expect(tasks.map((t) => t.units.map((u) => u.name))).toEqual([['派出所', '新城村', '东风村'], ['安监站', '派出所'], ['安监站', '派出所'], ['住建所']])

    const figures = await app.call('reporting/campaignFigures', { campaignId: ledger.campaign.id, from: '2021-01-01', to: '2021-02-10' })
    const doneByAsOf = tasks.filter((t) => t.units.every((u) => u.doneDate !== null && u.doneDate <= figures.asOf))
    expect(figures.tasks).toEqual({ due: tasks.length, done: doneByAsOf.length, overdue: tasks.length - doneByAsOf.length })
    expect(figures.tasks.done).toBe(3)

    const ranking = await app.call('ranking/get', { campaignId: ledger.campaign.id, from: '2021-01-01' })
    const ranked = [...ranking.villages, ...ranking.departments].map((u) => [u.name, u.tasksOwed, u.tasksOnTime])
    const names = [...new Set(tasks.flatMap((t) => t.units.map((u) => u.name)))]
    const owedIn = (name: string) => tasks.filter((t) => t.units.some((u) => u.name === name))
    const onTime = (name: string) => owedIn(name).filter((t) => t.units.some((u) => u.name === name && u.doneDate !== null && u.doneDate <= t.deadline))
    expect(ranked.filter(([, owed]) => owed !== 0).sort()).toEqual(names.map((n) => [n, owedIn(n).length, onTime(n).length]).sort())
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
