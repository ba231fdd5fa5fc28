import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { errorOf } from '../helpers'
import { silent } from './recurring-fixture'

async function sheet(dataBase64: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer)
  return wb.worksheets[0]!
}

describe('progress of a recurring task for a past period', () => {
  it('offers the periods since the campaign began, newest first, and none for a dated task', async () => {
    const { app, campaign, monthly } = await silent()
    app.clock.set('2021-02-05T02:00:00.000Z')
    expect((await app.call('tasks/periods', { id: monthly.id })).map((p) => [p.key, p.label, p.due])).toEqual([
      ['2021-02', '2021年2月', '2021-02-26'],
      ['2021-01', '2021年1月', '2021-01-26'],
      ['2020-12', '2020年12月', '2020-12-26'],
      ['2020-11', '2020年11月', '2020-11-26'],
    ])
    const dated = (await app.call('tasks/list', { campaignId: campaign.id }))[2]!
    expect(await app.call('tasks/periods', { id: dated.id })).toEqual([])
  })

  it('lists and prints the 工作推进情况表 of the period containing a chosen day', async () => {
    const { app, zf, campaign, monthly } = await silent()
    app.clock.set('2021-02-05T02:00:00.000Z')
    await app.call('tasks/progress', { taskId: monthly.id, unitId: zf.id, periodKey: '2020-12', status: 'done', note: '12月情况已报', date: '2021-02-05' })

    const january = (await app.call('tasks/list', { campaignId: campaign.id, periodDate: '2021-01-15' }))[0]!
    expect(january).toMatchObject({ period: { key: '2021-01', due: '2021-01-26' }, state: 'overdue' })
    const december = (await app.call('tasks/list', { campaignId: campaign.id, periodDate: '2020-12-31' }))[0]!
    expect(december).toMatchObject({ period: { key: '2020-12' }, state: 'done' })
    expect(december.progress[0]).toMatchObject({ status: 'done', note: '12月情况已报', reportedOn: '2021-02-05' })
    expect((await app.call('tasks/list', { campaignId: campaign.id }))[0]).toMatchObject({ period: { key: '2021-02' }, state: 'open' })

    const file = await app.call('tasks/export', { campaignId: campaign.id, what: 'progress', format: 'xlsx', periodDate: '2020-12-31' })
    expect(file.fileName).toBe('冬春火灾防控工作推进情况表（2020-12-31）.xlsx')
    const ws = await sheet(file.dataBase64)
    expect(ws.getCell('A2').value).toBe('（2020年12月31日所在期次，截至2021年2月5日）')
    expect([ws.getCell('C4').value, ws.getCell('D4').value, ws.getCell('E4').value, ws.getCell('F4').value]).toEqual([
      '每月26日前（2020年12月）',
      '政法办（牵头）',
      '已完成',
      '12月情况已报2021年2月5日报',
    ])
    expect(ws.getCell('C5').value).toBe('每周四（2020年12月28日—2021年1月3日）')
    const today = await sheet((await app.call('tasks/export', { campaignId: campaign.id, what: 'progress', format: 'xlsx' })).dataBase64)
    expect([today.getCell('A2').value, today.getCell('C4').value, today.getCell('E4').value]).toEqual(['（截至2021年2月5日）', '每月26日前（2021年2月）', '未开始'])
  })

  it('refuses a day after today, naming the field', async () => {
    const { app, campaign } = await silent()
    const args = { campaignId: campaign.id, periodDate: '2021-01-06' }
    expect(await errorOf(app, 'tasks/list', args)).toMatchObject({ field: 'periodDate', message: '期次日期 2021-01-06 晚于今天，该期尚未开始' })
    expect(await errorOf(app, 'tasks/export', { ...args, what: 'progress', format: 'docx' })).toMatchObject({ field: 'periodDate' })
    expect(await errorOf(app, 'tasks/list', { campaignId: campaign.id, periodDate: '2021-13-01' })).toMatchObject({ field: 'periodDate' })
  })
})
