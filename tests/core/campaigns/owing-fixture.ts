import { expect } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { buildDocx } from '../../fixtures/tasks/docx-builder'
import { testApp } from '../helpers'

/**
 * A campaign whose tasks are owed every way a task can be: a named unit, 各村（社区）, 各有关单位,
 * both at once (the last task's unit has not reported); with a village voided and a department taken out of the campaign after the
 * import, each having reported before; and a second campaign listing no units, whose 各有关单位
 * task nobody owes. Today is 2021-02-10.
 */
export async function owingLedger() {
  const app = testApp('2021-01-05T02:00:00.000Z')
  const village = async (name: string, sortOrder: number) => `ru${(await app.call('areas/create', { name, sortOrder })).id}`
  const villages = { 新城村: await village('新城村', 1), 东风村: await village('东风村', 2), 旧港村: await village('旧港村', 3) }
  const dept = async (name: string) => (await app.call('responsibleUnits/create', { name })).id
  const depts = { 派出所: await dept('派出所'), 安监站: await dept('安监站'), 住建所: await dept('住建所'), 消防中队: await dept('消防中队') }
  const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2020, startDate: '2020-11-20', unitIds: [depts.派出所, depts.安监站, depts.住建所] })
  const idle = await app.call('campaigns/create', { name: '电动自行车整治', year: 2021, startDate: '2021-01-01' })
  const rows = (list: string[][]) =>
    buildDocx(['任务清单'], [[{ header: true, cells: ['序号', '工作内容', '牵头单位', '配合单位', '时限'] }, ...list.map((cells) => ({ cells }))]]).toString('base64')
  await app.call('tasks/importCommit', {
    fileName: '清单.docx',
    campaignId: campaign.id,
    dataBase64: rows([
      ['1', '组织村（社区）开展消防安全大排查。', '派出所', '各村（社区）', '2021年1月20日前'],
      ['2', '报送本单位隐患整改情况。', '各有关单位', '', '2021年1月25日前'],
      ['3', '开展消防宣传进企业活动。', '安监站', '各有关单位', '2021年2月5日前'],
      ['4', '排查在建工地临时用电。', '住建所', '', '2021年1月31日前'],
      ['5', '开展消防设施联合检查。', '消防中队', '', '2021年2月8日前'],
    ]),
  })
  await app.call('tasks/importCommit', { fileName: '清单.docx', campaignId: idle.id, dataBase64: rows([['1', '摸排电动自行车停放点。', '各有关单位', '', '2021年1月15日前']]) })
  const [t1, t2, t3, t4] = await app.call('tasks/list', { campaignId: campaign.id })
  const done = (task: { id: string }, unitId: string, date: string) => app.call('tasks/progress', { taskId: task.id, unitId, status: 'done', note: '已完成', date })
  await done(t1!, depts.派出所, '2021-01-18')
  await done(t1!, villages.新城村, '2021-01-19')
  await done(t1!, villages.东风村, '2021-01-22')
  await done(t1!, villages.旧港村, '2021-01-15')
  await done(t2!, depts.派出所, '2021-01-20')
  await done(t2!, depts.住建所, '2021-01-20')
  await app.call('tasks/progress', { taskId: t2!.id, unitId: depts.安监站, status: 'in_progress', note: '正在汇总', date: '2021-01-24' })
  await done(t3!, depts.安监站, '2021-02-01')
  await done(t3!, depts.派出所, '2021-02-06')
  await done(t4!, depts.住建所, '2021-01-30')
  app.clock.set('2021-02-10T02:00:00.000Z')
  const areaOf = (await app.call('areas/list', {})).find((a) => a.name === '旧港村')!
  await app.call('areas/void', { id: areaOf.id, reason: '撤并入新城村' })
  await app.call('campaigns/update', { id: campaign.id, unitIds: [depts.派出所, depts.安监站] })
  return { app, campaign, idle, villages, depts }
}

/** What the task list shows: each task's owing units with the day each reported 已完成. */
export async function listed(a: FiredeskApp, campaignId: string) {
  return (await a.call('tasks/list', { campaignId })).map((t) => ({ deadline: t.deadline!, state: t.state, units: t.progress.map((p) => ({ name: p.unitName, doneDate: p.doneDate })) }))
}

/** The campaign figures and the ranking count what the task list shows; answers the listed units and both. */
export async function agreeing(a: FiredeskApp, campaignId: string) {
  const tasks = await listed(a, campaignId)
  const figures = await a.call('reporting/campaignFigures', { campaignId, from: '2021-01-01', to: '2021-02-10' })
  const doneByAsOf = tasks.filter((t) => t.units.length > 0 && t.units.every((u) => u.doneDate !== null && u.doneDate <= figures.asOf))
  expect(figures.tasks).toEqual({ due: tasks.length, done: doneByAsOf.length, overdue: tasks.length - doneByAsOf.length })

  const ranking = await a.call('ranking/get', { campaignId, from: '2021-01-01' })
  const ranked = [...ranking.villages, ...ranking.departments].map((u) => [u.name, u.tasksOwed, u.tasksOnTime] as const)
  const names = [...new Set(tasks.flatMap((t) => t.units.map((u) => u.name)))]
  const owedIn = (name: string) => tasks.filter((t) => t.units.some((u) => u.name === name))
  const onTime = (name: string) => owedIn(name).filter((t) => t.units.some((u) => u.name === name && u.doneDate !== null && u.doneDate <= t.deadline))
  expect(ranked.filter(([, owed]) => owed !== 0).sort()).toEqual(names.map((n) => [n, owedIn(n).length, onTime(n).length]).sort())
  return { units: tasks.map((t) => t.units.map((u) => u.name)), figures: figures.tasks, ranked }
}
