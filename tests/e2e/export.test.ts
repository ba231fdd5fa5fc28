import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { messyLedger } from '../fixtures/import/ledger'
import { seedRegister } from './seed-data'
import { useUi } from './support'
import { byTest, cancelledDownload, columnTexts, lastToast, pick, tableRows } from './ui'

const ui = useUi()

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]
  if (!ws) throw new Error('the workbook has no sheet')
  return ws
}

const rowValues = (ws: ExcelJS.Worksheet, n: number): unknown[] => (ws.getRow(n).values as unknown[]).slice(1)

describe('导出Excel', () => {
  it('downloads the filtered subjects list as an .xlsx with Chinese headers, in the order shown', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await open('/subjects')
    await pick(page, byTest(page, 'filter-area'), '前街社区')
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(4)
    const shown = await columnTexts(page, 'subjects-table', 'name')

    const [download] = await Promise.all([page.waitForEvent('download'), byTest(page, 'export-subjects').click()])
    expect(download.suggestedFilename()).toMatch(/^监管对象清单_\d{8}\.xlsx$/)
    await expect.poll(() => lastToast(page).innerText()).toBe(`已导出 4 条：${download.suggestedFilename()}`)

    const ws = await sheetOf(await download.path())
    expect(ws.name).toBe('监管对象清单')
    expect(rowValues(ws, 1).slice(0, 9)).toEqual(['序号', '单位名称', '场所类别', '所属村(社区)', '网格', '地址', '统一社会信用代码', '消防安全责任人', '责任人电话'])
    expect(ws.actualRowCount).toBe(5)
    const names = [2, 3, 4, 5].map((n) => rowValues(ws, n)[1])
    expect([2, 3, 4, 5].map((n) => rowValues(ws, n)[0])).toEqual([1, 2, 3, 4])
    expect(names).toEqual(shown)
    const clinic = [2, 3, 4, 5].map((n) => rowValues(ws, n)).find((r) => r[1] === '柳市镇卫生院')
    expect(clinic?.slice(2, 6)).toEqual(['医院/卫生院', '前街社区', '前街一网格', '柳市镇柳翁西路66号'])
    expect(ws.getRow(2).getCell(15).value).toBeInstanceOf(Date)
  })

  it('downloads the case list of the filter in the address, with its dates as date cells', async () => {
    const { page, harness, open } = ui()
    for (const name of ['柳黄头村', '长江村']) await harness.app.call('areas/create', { name })
    await harness.app.call('import/commit', { kind: 'cases', fileName: '台账.xlsx', dataBase64: (await messyLedger()).toString('base64'), skipInvalid: true })
    const closed = (await harness.app.call('cases/list', { status: ['closed'], sort: 'number', order: 'asc' })).rows
    expect(closed).toHaveLength(3)

    await open(`/cases?f=${encodeURIComponent(JSON.stringify({ status: ['closed'], sort: 'number', order: 'asc' }))}`)
    await expect.poll(() => tableRows(page, 'cases-table').count()).toBe(3)
    const [download] = await Promise.all([page.waitForEvent('download'), byTest(page, 'export-cases').click()])
    expect(download.suggestedFilename()).toMatch(/^隐患台账_\d{8}\.xlsx$/)

    const ws = await sheetOf(await download.path())
    expect(rowValues(ws, 1).slice(0, 6)).toEqual(['序号', '隐患编号', '单位名称', '场所类别', '所属村(社区)', '发现日期'])
    expect(ws.actualRowCount).toBe(4)
    expect([2, 3, 4].map((n) => rowValues(ws, n).slice(0, 2))).toEqual(closed.map((c, i) => [i + 1, c.number]))
    expect(ws.getRow(2).getCell(6).value).toEqual(new Date(`${closed[0]?.foundDate}T00:00:00.000Z`))
    expect(rowValues(ws, 2)[2]).toBe(closed[0]?.subjectName)
  })

  it('stops the export of a whole ledger when 取消 is pressed, and saves nothing', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('demo/load', {})
    await open('/cases')
    expect(await cancelledDownload(page, 'export-cases')).toEqual({ toast: '已取消导出', saved: 0 })
  })
})
