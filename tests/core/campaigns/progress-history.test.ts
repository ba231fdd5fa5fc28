import { afterEach, describe, expect, it } from 'vitest'
import { buildDocx } from '../../fixtures/tasks/docx-builder'
import { testApp } from '../helpers'

/*
 * A unit that reports twice for the same task and period: the ledger keeps both reports — the
 * earlier one voided as superseded, with who and when — and everything that reads the ledger
 * (the task's progress, 逾期, the campaign's figures, 销号) takes the latest one only.
 */
let app = testApp('2021-01-04T02:00:00.000Z')
afterEach(() => app.close())

async function villageTask() {
  app = testApp('2021-01-04T02:00:00.000Z')
  await app.call('areas/create', { name: '新城村', sortOrder: 1 })
  const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2020, startDate: '2020-11-20' })
  const doc = buildDocx(['任务清单'], [[
    { header: true, cells: ['序号', '工作内容', '牵头单位', '时限'] },
    { cells: ['1', '报送隐患排查情况。', '各村（社区）', '2021年1月8日前'] },
  ]])
  await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc.toString('base64'), campaignId: campaign.id })
  const [task] = await app.call('tasks/list', { campaignId: campaign.id })
  const op = await app.call('operators/create', { name: '王晓东', roles: ['drafter'] })
  await app.call('operators/signIn', { id: op.id })
  return { campaign, task: task!, unitId: task!.progress[0]!.unitId }
}

const reports = (taskId: string) =>
  app.ctx.db
    .prepare('SELECT status, note, done_date, reported_on, voided_at, void_reason, voided_by FROM task_progress WHERE task_id = ? ORDER BY created_at, rowid')
    .all(taskId) as { status: string; note: string; done_date: string | null; reported_on: string; voided_at: string | null; void_reason: string | null; voided_by: string | null }[]

describe("a unit's later report for the same period", () => {
  it('keeps the earlier report, voided as superseded with who and when; the task shows the latest', async () => {
    const { campaign, task, unitId } = await villageTask()
    await app.call('tasks/progress', { taskId: task.id, unitId, status: 'in_progress', note: '已部署，正在逐户排查', date: '2021-01-04' })
    app.clock.set('2021-01-06T03:00:00.000Z')
    const after = await app.call('tasks/progress', { taskId: task.id, unitId, status: 'done', note: '排查完毕，整改12处', date: '2021-01-06' })

    expect(after.progress.map((p) => [p.status, p.note, p.doneDate])).toEqual([['done', '排查完毕，整改12处', '2021-01-06']])
    expect(after.state).toBe('done')
    expect(reports(task.id)).toEqual([
      { status: 'in_progress', note: '已部署，正在逐户排查', done_date: null, reported_on: '2021-01-04', voided_at: '2021-01-06T03:00:00.000Z', void_reason: '被同期新报送的进展取代', voided_by: '王晓东' },
      { status: 'done', note: '排查完毕，整改12处', done_date: '2021-01-06', reported_on: '2021-01-06', voided_at: null, void_reason: null, voided_by: null },
    ])
    const { figures } = await app.call('campaigns/get', { id: campaign.id })
    expect([figures.done, figures.overdue]).toEqual([1, 0])
  })

  it('takes back a done report: the superseded 已完成 no longer counts, and 已完成 dates from the report that first says so', async () => {
    const { campaign, task, unitId } = await villageTask()
    await app.call('tasks/progress', { taskId: task.id, unitId, status: 'done', note: '已完成', date: '2021-01-04' })
    await app.call('tasks/progress', { taskId: task.id, unitId, status: 'in_progress', note: '复核发现3户漏查，继续排查', date: '2021-01-05' })
    app.clock.set('2021-01-10T02:00:00.000Z')

    const [late] = await app.call('tasks/list', { campaignId: campaign.id })
    expect([late!.state, late!.progress[0]!.status, late!.progress[0]!.overdue]).toEqual(['overdue', 'in_progress', true])
    expect((await app.call('campaigns/get', { id: campaign.id })).figures.overdue).toBe(1)
    expect((await app.call('tasks/lagging', { campaignId: campaign.id })).map((u) => u.unitName)).toEqual(['新城村'])
    await expect(app.call('tasks/close', { id: task.id, closedDate: '2021-01-10' })).rejects.toThrow(/未完成/)

    await app.call('tasks/progress', { taskId: task.id, unitId, status: 'done', note: '漏查3户已补查', date: '2021-01-09' })
    expect(reports(task.id).map((r) => [r.status, r.done_date, r.voided_at === null])).toEqual([
      ['done', '2021-01-04', false],
      ['in_progress', null, false],
      ['done', '2021-01-09', true],
    ])
    // 已完成 again (a better photo, a fuller note): still done since the 9th
    await app.call('tasks/progress', { taskId: task.id, unitId, status: 'done', note: '补传整改照片', date: '2021-01-10' })
    const [done] = await app.call('tasks/list', { campaignId: campaign.id })
    expect([done!.state, done!.progress[0]!.doneDate, done!.progress[0]!.note]).toEqual(['done', '2021-01-09', '补传整改照片'])
  })
})
