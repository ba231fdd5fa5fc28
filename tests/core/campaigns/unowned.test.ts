import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { buildDocx } from '../../fixtures/tasks/docx-builder'
import { testApp } from '../helpers'

/*
 * A task of 各有关单位 in a campaign that lists no units is owed by nobody: no one can report it
 * done, so it is 逾期 once due. Wherever the overdue figure is counted, the same task must be
 * listed somewhere a user can see it — as 未指定责任单位 where units are named.
 */
let app = testApp('2021-01-10T02:00:00.000Z')
afterEach(() => app.close())

async function campaignWithUnownedTask() {
  app = testApp('2021-01-10T02:00:00.000Z')
  await app.call('areas/create', { name: '新城村', sortOrder: 1 })
  const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2020, startDate: '2020-11-20' })
  const doc = buildDocx(['任务清单'], [[
    { header: true, cells: ['序号', '工作内容', '牵头单位', '时限'] },
    { cells: ['1', '开展消防宣传进企业活动。', '各有关单位', '2021年1月5日前'] },
    { cells: ['2', '报送隐患排查情况。', '各村（社区）', '2021年1月8日前'] },
    { cells: ['3', '总结经验做法。', '各有关单位', '2021年3月31日前'] },
  ]])
  await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc.toString('base64'), campaignId: campaign.id })
  return campaign
}

describe('an overdue task nobody owes (未指定责任单位)', () => {
  it('is counted 逾期 and listed: every overdue task counted is in the lagging units or among the unowned', async () => {
    const campaign = await campaignWithUnownedTask()
    const { figures } = await app.call('campaigns/get', { id: campaign.id })
    const lagging = await app.call('tasks/lagging', { campaignId: campaign.id })
    const unowned = await app.call('tasks/unowned', { campaignId: campaign.id })

    expect(lagging.map((u) => [u.unitName, u.tasks.map((t) => t.seq)])).toEqual([['新城村', [2]]])
    expect(unowned).toEqual([expect.objectContaining({ seq: 1, campaignName: '冬春火灾防控', due: '2021-01-05', daysOverdue: 5 })])
    const listed = new Set([...lagging.flatMap((u) => u.tasks), ...unowned].map((t) => t.taskId))
    expect(listed.size).toBe(figures.overdue)
    expect(figures.overdue).toBe(2)
    expect(await app.call('tasks/unowned', {})).toEqual(unowned)
  })

  it('is named 未指定责任单位 on the 工作台, in the printed 逾期任务清单 and in the 工作推进情况表', async () => {
    const campaign = await campaignWithUnownedTask()
    const board = await app.call('tasks/dashboard', {})
    expect(board.overdue).toBe(2)
    expect(board.items.map((i) => [i.seq, i.pendingUnits])).toEqual([
      [1, ['未指定责任单位']],
      [2, ['新城村']],
    ])

    const sheet = await app.call('export/sheet', { list: 'tasks', filter: { campaignId: campaign.id, state: 'overdue' } })
    expect(sheet.rows.map((r) => [r[1], r[6]])).toEqual([
      ['1', '未指定责任单位'],
      ['2', '新城村'],
    ])

    const file = await app.call('tasks/export', { campaignId: campaign.id, what: 'progress', format: 'xlsx' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    const cells: string[][] = []
    wb.worksheets[0]!.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
    const unit = (seq: string) => cells.find((c) => c[0] === seq)?.[3]
    expect([unit('1'), unit('2'), unit('3')]).toEqual(['未指定责任单位', '新城村（牵头）', '未指定责任单位'])
  })
})
