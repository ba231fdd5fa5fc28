import { afterEach, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { messyLedger } from '../../fixtures/import/ledger'
import { errorOf, testApp } from '../helpers'
import { casesFile, ledgerApp } from '../import/support'
import { seedCampaign } from '../reporting/fixture'
import { readSheetDocx as readDocx } from './read-sheet-docx'

let app: FiredeskApp
afterEach(() => app.close())

async function ledgerWithCases() {
  app = await ledgerApp()
  await app.call('import/commit', casesFile(await messyLedger(), { skipInvalid: true }))
  return app
}

describe('printing a list', () => {
  it('prints the ledger as filtered: its conditions in words, a running 序号 and the case number in its own column', async () => {
    await ledgerWithCases()
    const area = (await app.call('areas/list', {})).find((a) => a.name === '长江村')
    const filter = { areaId: area?.id, status: ['closed' as const], text: '电线', sort: 'number' as const, order: 'asc' as const }
    const sheet = await app.call('export/sheet', { list: 'cases', filter })
    expect(sheet.title).toBe('隐患台账')
    expect(sheet.notes[0]).toBe('筛选条件：状态：已销号；所属村(社区)：长江村；关键字：“电线”')
    expect(sheet.notes[1]).toMatch(/2024年7月1日制表　共\d+条$/)
    expect(sheet.columns.map((c) => c.header)).toEqual(['序号', '隐患编号', '单位名称', '村(社区)', '隐患类别', '隐患内容', '发现日期', '整改期限', '整改情况'])
    const all = await app.call('cases/list', { ...filter, pageSize: 100 })
    expect(sheet.rows.map((r) => r[1])).toEqual(all.rows.map((c) => c.number))
    expect(sheet.rows.map((r) => r[0])).toEqual(all.rows.map((_, i) => String(i + 1)))
    expect(sheet.rows.every((r) => r[5]?.includes('电线') && r[8] === '已销号')).toBe(true)
  })

  it('calls the ledger filtered to 逾期 the overdue list and says how late each one is', async () => {
    await ledgerWithCases()
    const sheet = await app.call('export/sheet', { list: 'cases', filter: { overdue: true, sort: 'number', order: 'asc' } })
    expect(sheet.title).toBe('逾期隐患清单')
    expect(sheet.notes[0]).toBe('筛选条件：逾期：仅逾期')
    expect(sheet.rows.map((r) => [r[1], r[8]])).toEqual([
      ['2024-0002', '逾期103天'],
      ['2024-0004', '逾期83天'],
    ])
  })

  it('writes the list as a .docx on the GB/T 9704 page, the header row repeated on every page, 序号 1..n', async () => {
    await ledgerWithCases()
    const file = await app.call('export/sheetDocx', { list: 'cases', filter: { overdue: true, sort: 'number', order: 'asc' } })
    expect(file.fileName).toBe('逾期隐患清单_20240701.docx')
    expect(file.rows).toBe(2)
    const doc = readDocx(file.dataBase64)
    expect(doc.page).toEqual(['11906', '16838'])
    expect(doc.before).toContain('逾期隐患清单')
    expect(doc.before).toContain('筛选条件：逾期：仅逾期')
    expect(doc.rows[0]).toEqual({ header: true, cells: ['序号', '隐患编号', '单位名称', '村(社区)', '隐患类别', '隐患内容', '发现日期', '整改期限', '整改情况'] })
    expect(doc.rows.slice(1).map((r) => [r.header, r.cells[0], r.cells[1]])).toEqual([
      [false, '1', '2024-0002'],
      [false, '2', '2024-0004'],
    ])
  })

  it('states 全部 when nothing is filtered, and names the printable lists when given another', async () => {
    await ledgerWithCases()
    expect((await app.call('export/sheet', { list: 'cases', filter: {} })).notes[0]).toBe('筛选条件：全部')
    expect((await errorOf(app, 'export/sheet', { list: 'ledger', filter: {} })).message).toContain('打印的清单无效')
  })

  it('prints the units of a 报送 period not yet in, with the campaign, the report and the period stated', async () => {
    app = testApp('2024-03-14T02:00:00.000Z')
    const seed = await seedCampaign(app, { start: '2024-02-02', end: '2024-04-30' })
    const rhythm = await app.call('reporting/createRhythm', { campaignId: seed.campaignId, name: '每周工作推进情况表', rhythm: 'weekly:4', startDate: '2024-02-02', remindDays: 1, graceDays: 2, ownerGroup: 'villages' })
    await app.call('reporting/record', { rhythmId: rhythm.id, unitId: seed.villages[0] as string, periodKey: '2024-W11', receivedDate: '2024-03-14' })
    const args = { list: 'chase' as const, filter: { rhythmId: rhythm.id, periodKey: '2024-W11' } }
    const sheet = await app.call('export/sheet', args)
    expect(sheet.title).toBe('未报送单位清单')
    expect(sheet.notes[0]).toMatch(/^筛选条件：专项行动：冬春火灾防控专项行动；报送事项：每周工作推进情况表；报送期：.+（2024年3月14日截止）$/)
    expect(sheet.rows.map((r) => r.slice(0, 3))).toEqual([
      ['1', '黄河村', '待报'],
      ['2', '淮河社区', '待报'],
    ])
    const doc = readDocx((await app.call('export/sheetDocx', args)).dataBase64)
    expect(doc.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ['序号', '单位'],
      ['1', '黄河村'],
      ['2', '淮河社区'],
    ])
  })
})
