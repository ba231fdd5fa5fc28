import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../electron/core/dates'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import type { Recurring } from '../../../electron/core/tasks/deadline'
import { dueDaySql, periodContaining, periodKeySql } from '../../../electron/core/tasks/period'
import { buildDocx } from '../../fixtures/tasks/docx-builder'
import { errorOf, testApp } from '../helpers'

/** 政法办 owes a monthly report by the 26th and a task due 2021-03-31; the clock starts on 2021-01-10. */
async function monthly() {
  const app = testApp('2021-01-10T02:00:00.000Z')
  const zf = await app.call('responsibleUnits/create', { name: '政法办' })
  const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2020, startDate: '2020-11-20' })
  const doc = buildDocx(['任务清单'], [[
    { header: true, cells: ['序号', '工作内容', '牵头单位', '时限'] },
    { cells: ['1', '报送工作推进情况。', '政法办', '每月26日前'] },
    { cells: ['2', '建立长效机制。', '政法办', '2021年3月31日前'] },
  ]])
  await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc.toString('base64'), campaignId: campaign.id })
  const [report, dated] = await app.call('tasks/list', { campaignId: campaign.id })
  if (!report || !dated) throw new Error('the list was not imported')
  return { app, zf, report, dated }
}

describe('a recurring task keeps its progress per period', () => {
  it('is done for January only: February asks again, and is overdue after the 26th', async () => {
    const { app, zf, report } = await monthly()
    expect(report).toMatchObject({ recurring: 'monthly:26', period: { key: '2021-01', label: '2021年1月', due: '2021-01-26' } })
    const done = await app.call('tasks/progress', { taskId: report.id, unitId: zf.id, status: 'done', note: '1月情况已报', date: '2021-01-10' })
    expect(done.state).toBe('done')
    expect(done.progress[0]).toMatchObject({ status: 'done', note: '1月情况已报' })

    app.clock.set('2021-02-05T02:00:00.000Z')
    const february = await app.call('tasks/get', { id: report.id })
    expect(february).toMatchObject({ state: 'open', period: { key: '2021-02', due: '2021-02-26' } })
    expect(february.progress[0]).toMatchObject({ status: 'not_started', overdue: false, note: '' })
    expect((await app.call('campaigns/get', { id: report.campaignId })).figures.done).toBe(0)

    app.clock.set('2021-02-27T02:00:00.000Z')
    const late = await app.call('tasks/get', { id: report.id })
    expect(late.state).toBe('overdue')
    expect(late.progress[0]?.overdue).toBe(true)
    // January's report stays as it was, and may still be corrected
    await app.call('tasks/progress', { taskId: report.id, unitId: zf.id, periodKey: '2021-01', status: 'done', note: '1月情况补充', date: '2021-02-27' })
    const rows = app.ctx.db.prepare('SELECT period_key, note, voided_at IS NULL AS live FROM task_progress WHERE task_id = ? ORDER BY period_key, rowid').all(report.id)
    expect(rows).toEqual([
      { period_key: '2021-01', note: '1月情况已报', live: 0 },
      { period_key: '2021-01', note: '1月情况补充', live: 1 },
    ])
    expect((await app.call('tasks/get', { id: report.id })).state).toBe('overdue')
  })

  it('refuses a period not begun, a key that is not a month, and a period on a task with one deadline', async () => {
    const { app, zf, report, dated } = await monthly()
    const base = { taskId: report.id, unitId: zf.id, status: 'in_progress' as const, date: '2021-01-10' }
    expect(await errorOf(app, 'tasks/progress', { ...base, periodKey: '2021-03' })).toMatchObject({ field: 'periodKey', message: '2021年3月尚未开始，不能报进展' })
    expect(await errorOf(app, 'tasks/progress', { ...base, periodKey: '2021-W02' })).toMatchObject({ field: 'periodKey', message: '期次“2021-W02”不是这项任务的报送期' })
    expect(await errorOf(app, 'tasks/progress', { ...base, taskId: dated.id, periodKey: '2021-01' })).toMatchObject({ field: 'periodKey', message: '第2项任务不按期报送，无须选择期次' })
  })
})

describe('the period of a day, in SQL and in code', () => {
  it('gives the 报送 calendar’s key for every rhythm across year ends and leap days', () => {
    const db = new Database(':memory:')
    const sql = db.prepare(`SELECT ${periodKeySql('@recurring', '@day')} AS k`).pluck()
    const rhythms: Recurring[] = ['weekly:4', 'weekly:7', 'monthly', 'monthly:26', 'quarterly']
    for (let day = '2020-12-20'; day <= '2021-01-10'; day = addDays(day, 1)) {
      for (const r of rhythms) expect([r, day, sql.get({ recurring: r, day })]).toEqual([r, day, periodContaining(r, day).key])
    }
    for (const day of ['2024-02-29', '2024-12-30', '2026-12-31', '2027-01-03', '2025-09-30', '2025-10-01']) {
      for (const r of rhythms) expect([r, day, sql.get({ recurring: r, day })]).toEqual([r, day, periodContaining(r, day).key])
    }
    expect(sql.get({ recurring: null, day: '2024-03-14' })).toBe('')
    db.close()
  })

  it('gives the calendar’s due day of that period, the 31st falling back to a short month’s end', () => {
    const db = new Database(':memory:')
    const sql = db.prepare(`SELECT ${dueDaySql('t', '@day')} AS d FROM (SELECT @recurring AS recurring, @deadline AS deadline) t`).pluck()
    const rhythms: Recurring[] = ['weekly:1', 'weekly:4', 'weekly:7', 'monthly', 'monthly:26', 'monthly:31', 'quarterly']
    const days = ['2024-02-29', '2024-12-30', '2026-12-31', '2027-01-03', '2025-09-30', '2025-10-01', '2025-04-30', '2025-02-01']
    for (let day = '2020-12-20'; day <= '2021-01-10'; day = addDays(day, 1)) days.push(day)
    for (const day of days) {
      for (const r of rhythms) expect([r, day, sql.get({ recurring: r, day, deadline: null })]).toEqual([r, day, periodContaining(r, day).due])
    }
    expect(sql.get({ recurring: null, day: '2024-03-14', deadline: '2024-05-01' })).toBe('2024-05-01')
    db.close()
  })
})

describe('0015 on a data file with progress already kept', () => {
  it('puts an earlier report of a recurring task in the period of the day it was reported', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    const now = () => '2021-02-01T00:00:00.000Z'
    migrate(db, { now, list: migrations.filter((m) => m.version < 15) })
    const at = now()
    db.exec(`INSERT INTO responsible_units (id, name, unit_type, created_at, created_by, updated_at, updated_by) VALUES ('u1', '政法办', 'department', '${at}', 't', '${at}', 't');
      INSERT INTO campaigns (id, name, year, start_date, status, created_at, created_by, updated_at, updated_by) VALUES ('c1', '冬春', 2020, '2020-11-20', 'active', '${at}', 't', '${at}', 't')`)
    const task = db.prepare(`INSERT INTO tasks (id, campaign_id, seq, content, recurring, deadline, status, created_at, created_by, updated_at, updated_by)
      VALUES (?, 'c1', ?, '任务', ?, ?, 'open', '${at}', 't', '${at}', 't')`)
    task.run('t1', 1, 'weekly:4', null)
    task.run('t2', 2, null, '2021-03-31')
    task.run('t3', 3, 'quarterly', null)
    const progress = db.prepare(`INSERT INTO task_progress (id, task_id, unit_id, status, note, reported_on, done_date, created_at, created_by, updated_at, updated_by)
      VALUES (?, ?, 'u1', 'done', '已完成', ?, ?, '${at}', 't', '${at}', 't')`)
    progress.run('p1', 't1', '2021-01-03', '2021-01-03')
    progress.run('p2', 't2', '2021-01-20', '2021-01-20')
    progress.run('p3', 't3', '2021-01-20', '2021-01-20')
    migrate(db, { now })
    expect(db.prepare('SELECT id, period_key FROM task_progress ORDER BY id').all()).toEqual([
      { id: 'p1', period_key: '2020-W53' },
      { id: 'p2', period_key: '' },
      { id: 'p3', period_key: '2021-Q1' },
    ])
    db.close()
  })
})
