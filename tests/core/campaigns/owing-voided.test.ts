import { afterEach, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { agreeing, owingLedger } from './owing-fixture'

/*
 * A responsible unit voided (机构改革撤销, entered by mistake) owes nothing from then on, whether
 * named on a task or one of the campaign's units — as a voided village is no longer one of
 * 各村（社区） and a unit taken out of a campaign no longer one of 各有关单位. What it reported
 * stays in the ledger and still counts for the work it did; a task only it owed is owed by nobody.
 */
let app: FiredeskApp | undefined
afterEach(() => app?.close())

describe('a voided responsible unit', () => {
  it('owes no task from its void on, in the list, the lagging units, the figures and the ranking; its reports stay', async () => {
    const ledger = await owingLedger()
    app = ledger.app
    await app.call('responsibleUnits/void', { id: ledger.depts.安监站, reason: '机构改革撤销' })
    await app.call('responsibleUnits/void', { id: ledger.depts.消防中队, reason: '误录' })

    const { units, figures, ranked } = await agreeing(app, ledger.campaign.id)
    // 安监站 is gone from 各有关单位 (task 2, now done by 派出所 alone) and from task 3 it was named on
    expect(units).toEqual([['派出所', '新城村', '东风村'], ['派出所'], ['派出所'], ['住建所'], []])
    expect(figures).toEqual({ due: 5, done: 4, overdue: 1 })
    expect(ranked.map(([name]) => name)).not.toContain('安监站')
    expect(ranked.map(([name]) => name)).not.toContain('消防中队')

    expect((await app.call('tasks/lagging', { campaignId: ledger.campaign.id })).map((u) => u.unitName)).toEqual([])
    expect((await app.call('tasks/unowned', { campaignId: ledger.campaign.id })).map((t) => t.seq)).toEqual([5])
    const board = await app.call('tasks/dashboard', {})
    expect(board.items.filter((i) => i.campaignId === ledger.campaign.id).map((i) => [i.seq, i.pendingUnits])).toEqual([[5, ['未指定责任单位']]])

    const kept = app.ctx.db.prepare('SELECT status, reported_on, voided_at FROM task_progress WHERE unit_id = ? ORDER BY reported_on').all(ledger.depts.安监站)
    expect(kept).toEqual([
      { status: 'in_progress', reported_on: '2021-01-24', voided_at: null },
      { status: 'done', reported_on: '2021-02-01', voided_at: null },
    ])
  })
})
