import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { localDateTimeZh } from '../../../electron/core/reports/format'
import { Docx, paragraphs, textOf } from '../documents/docx'
import { testApp } from '../helpers'
import { edgeLedger, TODAY } from './ledger'

let app: FiredeskApp

beforeAll(async () => {
  app = testApp(TODAY)
  await edgeLedger(app)
})

/** Each table row of a document as the texts of its cells. */
const tableRows = (xml: string): string[][] =>
  [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1] ?? '')))

describe('reports/exportDocx', () => {
  it('writes the 季度工作情况汇总 in 文件格式 with the figures, the breakdowns, the definitions, the period and the time taken', async () => {
    const file = await app.call('reports/exportDocx', { quarter: '2024Q1' })
    expect(file.fileName).toBe('2024年第一季度工作情况汇总.docx')
    const doc = new Docx(Buffer.from(file.dataBase64, 'base64'))
    const text = textOf(doc.document)
    const lines = paragraphs(doc.document).map((p) => p.text)
    expect(lines).toContain('柳市镇消防安全委员会办公室文件')
    expect(lines).toContain('柳市消安委办〔2024〕\u3000\u3000号')
    expect(lines).toContain('2024年第一季度消防安全隐患排查整治工作情况汇总')
    expect(lines).toContain('柳市镇消防安全委员会：')
    expect(text).toContain('2024年第一季度（2024年1月1日至2024年3月31日），柳市镇共发现消防安全隐患10处，其中重大火灾隐患1处；整改销号3处；本期发现的隐患中已整改2处，整改率20.0%。期末尚有未销号隐患9处，其中逾期未整改5处。')
    const rows = tableRows(doc.document)
    expect(rows).toContainEqual(['发现隐患', '10', '3', '+7'])
    expect(rows).toContainEqual(['整改率', '20.0%', '33.3%', '−13.3个百分点'])
    expect(rows).toContainEqual(['期末逾期未整改', '5', '1', '+4'])
    expect(rows).toContainEqual(['柳黄头村', '5', '0', '0.0%', '5', '3'])
    expect(rows).toContainEqual(['象阳村', '0', '0', '—', '0', '0'])
    expect(rows).toContainEqual(['合计', '10', '2', '20.0%', '9', '5'])
    expect(rows).toContainEqual(['2月', '2', '0'])
    expect(lines).toContain('（一）按村（社区）统计')
    expect(rows).toContainEqual(['新挂牌督办隐患', '2', '1', '+1'])
    // Each case noticed in the ledger went with its notice: no state change without the document.
    expect(text).toMatch(
      /本期共发出各类文书4件，其中消防安全隐患限期整改通知书4件。\n本期未开展约谈。\n本期新挂牌督办隐患2处，期末仍在挂牌督办的隐患2处。\n本期开展检查0次（其中未发现隐患0次），检查单位0家，占登记在册单位\d+家的0\.0%。各村（社区）检查率：[^\n]+。各类场所检查率：[^\n]+。\n本期未开展回头看。\n本期没有进行中的专项行动。/,
    )
    expect(text).toContain('期末逾期未整改：逾期指单位尚负整改义务（已登记、已下发整改通知、整改中，含复查不合格后重新确定期限的）且当前整改期限已过的隐患；单位已报整改完成、待复查的隐患属镇消安委办复查待办')
    expect(text).toContain(`取数时间为${localDateTimeZh(TODAY)}；台账共有隐患14条（另有作废2条，不计入）`)
    expect(lines).toContain('2024年6月30日')
  })

  it('prints the 文号 and 主送机关 it is given', async () => {
    const file = await app.call('reports/exportDocx', { from: '2024-03-01', to: '2024-03-31', number: '柳市消安委办〔2024〕30号', recipients: '镇党委、镇政府' })
    const lines = paragraphs(new Docx(Buffer.from(file.dataBase64, 'base64')).document).map((p) => p.text)
    expect(lines).toContain('柳市消安委办〔2024〕30号')
    expect(lines).toContain('镇党委、镇政府：')
    expect(lines).toContain('2024年3月消防安全隐患排查整治工作情况汇总')
  })
})

describe('reports/exportXlsx', () => {
  let wb: ExcelJS.Workbook
  beforeAll(async () => {
    const file = await app.call('reports/exportXlsx', { quarter: '2024Q1' })
    expect(file.fileName).toBe('2024年第一季度工作情况汇总.xlsx')
    wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
  })
  const values = (sheet: string) =>
    (wb.getWorksheet(sheet)?.getSheetValues() ?? []).filter((r) => Array.isArray(r)).map((r) => (r as unknown[]).slice(1))

  it('has a sheet of figures, one per breakdown, the months, the definitions and the cases', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '主要数据',
      '按村（社区）统计',
      '按隐患类别统计',
      '按场所类别统计',
      '按隐患等级统计',
      '按月情况',
      '发文情况',
      '约谈情况',
      '检查率',
      '回头看',
      '统计口径',
      '隐患明细',
    ])
  })

  it('gives the period, the time taken and the figures against the previous period, rates as percentages', () => {
    const rows = values('主要数据')
    expect(rows[1]).toEqual(['统计期间', '2024年1月1日至2024年3月31日'])
    expect(rows[3]).toEqual(['取数时间', localDateTimeZh(TODAY)])
    expect(rows).toContainEqual(['发现隐患', 10, 3, 7, '发现日期在统计期间内的隐患（不论现在是否已销号）。'])
    const rate = wb.getWorksheet('主要数据')?.getColumn(1).values.indexOf('整改率') ?? -1
    const cell = wb.getWorksheet('主要数据')?.getRow(rate).getCell(2)
    expect([cell?.value, cell?.numFmt]).toEqual([0.2, '0.0%'])
    expect(rows).toContainEqual(['期末在督隐患', 2, 1, 1, expect.stringContaining('期末一日结束时处于挂牌督办中的隐患')])
  })

  it('breaks down with a total row and lists months with date cells', () => {
    expect(values('按村（社区）统计')).toContainEqual(['合计', 10, 2, 0.2, 3, 9, 5])
    const months = values('按月情况')
    expect(months[1]).toEqual(['2024-01', new Date('2024-01-01T00:00:00.000Z'), new Date('2024-01-31T00:00:00.000Z'), 3, 1])
  })

  it('lists every case behind the figures, marked so that a filter gives each number back', () => {
    const [header, ...rows] = values('隐患明细')
    const col = (name: string) => (header ?? []).indexOf(name)
    const marked = (name: string) => rows.filter((r) => r[col(name)] === '是').length
    expect([marked('本期发现'), marked('整改销号'), marked('本期发现已整改'), marked('期初未销号'), marked('期末未销号'), marked('期末逾期')]).toEqual([10, 3, 2, 2, 9, 5])
    expect([marked('新挂牌督办'), marked('期末在督')]).toEqual([2, 2])
    expect(rows).toHaveLength(12)
    const extended = rows.find((r) => r[col('序号')] === '2024-0006')
    expect(extended?.[col('发现日期')]).toEqual(new Date('2024-03-01T00:00:00.000Z'))
    expect(extended?.[col('期末整改期限')]).toEqual(new Date('2024-03-20T00:00:00.000Z'))
    expect(extended?.[col('现整改期限')]).toEqual(new Date('2024-04-30T00:00:00.000Z'))
  })

  it('gives each definition with the SQL that reproduces its number', () => {
    const rows = values('统计口径')
    const found = rows.find((r) => r[0] === '发现隐患')
    expect(found?.[2]).toBe("SELECT count(*) FROM cases c WHERE c.status <> 'voided' AND c.found_date BETWEEN '2024-01-01' AND '2024-03-31'")
  })
})
