import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { messyLedger } from '../../fixtures/import/ledger'
import { errorOf } from '../helpers'
import { casesFile, ledgerApp } from '../import/support'

async function ledgerWithCases() {
  const app = await ledgerApp()
  await app.call('import/commit', casesFile(await messyLedger(), { skipInvalid: true }))
  return app
}

async function read(dataBase64: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]
  if (!ws) throw new Error('no sheet')
  return ws
}

const rowValues = (ws: ExcelJS.Worksheet, n: number): unknown[] => (ws.getRow(n).values as unknown[]).slice(1)

describe('export of lists to .xlsx', () => {
  it('writes the filtered cases with a running 序号, the case number in its own column, date cells, widths and a frozen header', async () => {
    const app = await ledgerWithCases()
    const file = await app.call('export/list', { list: 'cases', filter: { status: ['closed'], sort: 'number', order: 'asc' } })
    expect(file.fileName).toBe('隐患台账_20240701.xlsx')
    expect(file.rows).toBe(3)
    const ws = await read(file.dataBase64)
    expect(ws.name).toBe('隐患台账')
    expect(rowValues(ws, 1)).toEqual(['序号', '隐患编号', '单位名称', '场所类别', '所属村(社区)', '发现日期', '发现方式', '隐患类别', '隐患等级', '隐患内容', '依据', '整改要求', '整改期限', '检查人员', '整改情况', '逾期天数', '销号日期', '备注', '作废原因'])
    expect(ws.rowCount).toBe(4)
    expect([2, 3, 4].map((n) => rowValues(ws, n).slice(0, 2))).toEqual([
      [1, '2024-0001'],
      [2, '2024-0003'],
      [3, '2024-0005'],
    ])
    const first = ws.getRow(2)
    expect(first.getCell(6).value).toEqual(new Date('2024-01-08T00:00:00.000Z'))
    expect(first.getCell(6).numFmt).toBe('yyyy-mm-dd')
    expect(first.getCell(13).value).toEqual(new Date('2024-01-15T00:00:00.000Z'))
    expect(first.getCell(15).value).toBe('已销号')
    expect(first.getCell(17).value).toEqual(new Date('2024-01-14T00:00:00.000Z'))
    expect(ws.getRow(4).getCell(17).value).toEqual(new Date('2024-05-06T00:00:00.000Z'))
    expect(ws.getRow(4).getCell(18).value).toBe('已约谈负责人')
    expect(ws.getRow(4).getCell(10).value).toBe('车间内私拉乱接电线')
    expect(ws.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })])
    expect(ws.autoFilter).toBe('A1:S1')
    expect(ws.getColumn(3).width).toBe(28)
    expect(ws.getColumn(10).width).toBe(40)
    expect(ws.getRow(1).getCell(1).font).toMatchObject({ bold: true })
  })

  it('counts overdue days as numbers for open cases only', async () => {
    const app = await ledgerWithCases()
    const file = await app.call('export/list', { list: 'cases', filter: { sort: 'number', order: 'asc' } })
    const ws = await read(file.dataBase64)
    const overdue = [2, 3, 4, 5, 6].map((n) => ws.getRow(n).getCell(16).value ?? null)
    expect(overdue).toEqual([null, 103, null, 83, null])
  })

  it('writes every unit the filter finds, with the list page’s filter', async () => {
    const app = await ledgerWithCases()
    const area = (await app.call('areas/list', {})).find((a) => a.name === '长江村')
    const file = await app.call('export/list', { list: 'subjects', filter: { areaId: area?.id } })
    expect(file.fileName).toBe('监管对象清单_20240701.xlsx')
    const ws = await read(file.dataBase64)
    expect(rowValues(ws, 1)).toEqual(['序号', '单位名称', '场所类别', '所属村(社区)', '网格', '地址', '统一社会信用代码', '消防安全责任人', '责任人电话', '消防安全管理人', '管理人电话', '风险分类', '重点单位', '备注', '登记日期', '作废原因'])
    expect([rowValues(ws, 2).slice(0, 4), rowValues(ws, 3).slice(0, 4)]).toEqual([
      [1, '宏盛电器厂', '工业企业', '长江村'],
      [2, '鑫达五金店', '其他', '长江村'],
    ])
    expect(ws.getRow(2).getCell(15).value).toBeInstanceOf(Date)
    expect(ws.rowCount).toBe(3)
  })

  it('exports more rows than one page holds', async () => {
    const app = await ledgerApp()
    const area = (await app.call('areas/list', {}))[0]
    const insert = app.ctx.db.prepare(
      `INSERT INTO subjects (id, name, kind_id, area_id, risk_color, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, 'sk01', ?, 'green', '2024-01-01T00:00:00.000Z', '测试', '2024-01-01T00:00:00.000Z', '测试')`,
    )
    app.ctx.db.transaction(() => {
      for (let i = 0; i < 5_001; i++) insert.run(`s${i}`, `单位${String(i).padStart(5, '0')}`, area?.id)
    })()
    const file = await app.call('export/list', { list: 'subjects' })
    expect(file.rows).toBe(5_001)
    const ws = await read(file.dataBase64)
    expect(rowValues(ws, 5_002).slice(0, 2)).toEqual([5_001, '单位05000'])
  })

  it('goes back in: an exported ledger imported into another office gives the same cases', async () => {
    const app = await ledgerWithCases()
    const file = await app.call('export/list', { list: 'cases', filter: { sort: 'number', order: 'asc' } })
    const other = await ledgerApp()
    const report = await other.call('import/commit', { kind: 'cases', fileName: file.fileName, dataBase64: file.dataBase64 })
    expect(report.created).toMatchObject({ subjects: 4, cases: 5 })
    const pick = (rows: { subjectName: string; foundDate: string; deadline: string; status: string; closedDate: string | null; categoryName: string }[]) =>
      rows.map((c) => [c.subjectName, c.foundDate, c.deadline, c.status, c.closedDate, c.categoryName])
    const mine = await app.call('cases/list', { sort: 'number', order: 'asc' })
    const theirs = await other.call('cases/list', { sort: 'number', order: 'asc' })
    expect(pick(theirs.rows)).toEqual(pick(mine.rows))
  })

  it('refuses an unknown list with a message that names the lists', async () => {
    const app = await ledgerApp()
    expect(await errorOf(app, 'export/list', { list: 'letters' })).toEqual({
      code: 'VALIDATION',
      field: 'list',
      message: '导出的清单无效，应为：subjects（监管对象）、cases（隐患台账）',
    })
  })
})
