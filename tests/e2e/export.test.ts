import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { seedRegister } from './seed-data'
import { useUi } from './support'
import { byTest, columnTexts, lastToast, pick, tableRows } from './ui'

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
    expect(rowValues(ws, 1).slice(0, 8)).toEqual(['单位名称', '场所类别', '所属村(社区)', '网格', '地址', '统一社会信用代码', '消防安全责任人', '责任人电话'])
    expect(ws.actualRowCount).toBe(5)
    const names = [2, 3, 4, 5].map((n) => rowValues(ws, n)[0])
    expect(names).toEqual(shown)
    const clinic = [2, 3, 4, 5].map((n) => rowValues(ws, n)).find((r) => r[0] === '柳市镇卫生院')
    expect(clinic?.slice(1, 5)).toEqual(['医院/卫生院', '前街社区', '前街一网格', '柳市镇柳翁西路66号'])
    expect(ws.getRow(2).getCell(14).value).toBeInstanceOf(Date)
  })
})
