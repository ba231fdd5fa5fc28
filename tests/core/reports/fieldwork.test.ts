import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { textOf, Docx } from '../documents/docx'
import { caseIn, smallLedger } from '../cases/fixtures'
import { testApp } from '../helpers'

/**
 * Two villages, three units: the shop (柳黄头村, 一网格) inspected twice, the factory (长江村) not
 * at all, a second shop (长江村) once at night; two of the shop's closed hazards re-visited, one
 * relapsed.
 */
async function fieldLedger() {
  const app = testApp()
  const { north, shop, factory, south } = await smallLedger(app)
  await app.call('areas/update', { id: north.id, grids: ['一网格'] })
  await app.call('subjects/update', { id: shop.id, grid: '一网格' })
  const kiosk = await app.call('subjects/create', { name: '美佳便利店', kindId: 'sk01', areaId: south.id, address: '长江村1号' })
  await app.call('cases/createInspection', { subjectId: shop.id, date: '2024-01-10', source: 'routine', inspectors: '王志强' })
  await app.call('cases/createInspection', { subjectId: shop.id, date: '2024-02-10', source: 'routine', inspectors: '王志强' })
  await app.call('cases/createInspection', { subjectId: kiosk.id, date: '2024-02-20', source: 'night', inspectors: '王志强' })
  await caseIn(app, 'closed', { subjectId: shop.id })
  await caseIn(app, 'closed', { subjectId: shop.id, categoryId: 'cc02' })
  const round = await app.call('revisits/create', { title: '一季度回头看', areaId: north.id })
  await app.call('revisits/record', { itemId: round.items[0]?.id ?? '', outcome: 'kept' })
  await app.call('revisits/record', {
    itemId: round.items[1]?.id ?? '',
    outcome: 'relapsed',
    inspectors: '王志强',
    hazard: { description: '疏散通道再次堆放杂物', requirement: '立即清理', deadline: '2024-03-15' },
  })
  return { app, factory }
}

describe('the quarterly summary gives 检查率 by village, grid and kind, and 回头看 by village and unit', () => {
  it('writes them into the .docx text', async () => {
    const { app } = await fieldLedger()
    const file = await app.call('reports/exportDocx', { quarter: '2024Q1' })
    const text = textOf(new Docx(Buffer.from(file.dataBase64, 'base64')).document)
    expect(text).toContain('本期开展检查3次（其中未发现隐患3次），检查单位2家，占登记在册单位3家的66.7%。')
    expect(text).toContain('各村（社区）检查率：柳黄头村100.0%（1/1）、长江村50.0%（1/2）。')
    expect(text).toContain('各类场所检查率：九小场所100.0%（2/2）、工业企业0.0%（0/1）。')
    expect(text).toContain('回头看已销号隐患2处，保持1处，反弹1处（柳黄头村1处），反弹单位：好运来小吃店1处，反弹隐患已重新立案整改。')
  }, 30_000)

  it('gives each grouping a row of the workbook’s 检查率 sheet, and the villages and units of the 回头看 sheet', async () => {
    const { app } = await fieldLedger()
    const file = await app.call('reports/exportXlsx', { quarter: '2024Q1' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    const values = (sheet: string) => (wb.getWorksheet(sheet)?.getSheetValues() ?? []).filter((r) => Array.isArray(r)).map((r) => (r as unknown[]).slice(1))
    const coverage = values('检查率')
    expect(coverage).toContainEqual(['村（社区）', '柳黄头村', 1, 1, 1])
    expect(coverage).toContainEqual(['村（社区）', '长江村', 2, 1, 0.5])
    expect(coverage).toContainEqual(['网格', '柳黄头村·一网格', 1, 1, 1])
    expect(coverage).toContainEqual(['网格', '长江村·未分网格', 2, 1, 0.5])
    expect(coverage).toContainEqual(['场所类别', '工业企业', 1, 0, 0])
    expect(coverage).toContainEqual(['检查类型', '夜查', 3, 1, 1 / 3])
    expect(coverage).toContainEqual(['合计', '全镇', 3, 2, 2 / 3])
    const revisits = values('回头看')
    expect(revisits).toContainEqual(['村（社区）', '柳黄头村', '柳黄头村', 2, 1, 1])
    expect(revisits).toContainEqual(['反弹单位', '好运来小吃店', '柳黄头村', 2, 1, 1])
    expect(revisits).toContainEqual(['合计', '全镇', undefined, 2, 1, 1])
  })
})
