import { describe, expect, it } from 'vitest'
import { decodeText, parseCsv } from '../../../electron/core/import/sheet/csv'
import { encodeGbk } from '../../fixtures/import/gbk'
import { ledgerApp } from './support'

const LEDGER = [
  '柳市镇隐患整改台账,,,,,,,,',
  '单位名称,地址,负责人,所属村(社区),隐患内容,检查日期,整改期限,整改情况,销号日期',
  '好运来小吃店,柳市镇柳黄头村1号,张三,柳黄头村,灭火器过期,2024/1/8,2024/1/15,已销号,2024/1/14',
  ',,,,,,,,',
  '"鑫达五金店","柳市镇长江村8号，临街","李四",长江村,"电动自行车在店内充电，""飞线""充电",2024-4-2,7天,整改中,',
].join('\r\n')

const csvFile = (bytes: Buffer) => ({ kind: 'cases' as const, fileName: '台账.csv', dataBase64: bytes.toString('base64') })

describe('import of .csv ledgers', () => {
  it('reads a GBK file as Excel on Chinese Windows saves it', async () => {
    const app = await ledgerApp()
    const p = await app.call('import/preview', csvFile(encodeGbk(LEDGER)))
    expect(p.headerRow).toBe(2)
    expect(p.problems.filter((x) => x.row !== null)).toEqual([])
    expect(p.problems.map((x) => x.field)).toEqual(['kind', 'category', 'requirement', 'severity', 'source', ''])
    expect(p.counts).toMatchObject({ rows: 2, blank: 1, create: 2, cases: { byStatus: { closed: 1, rectifying: 1 } } })
    await app.call('import/commit', csvFile(encodeGbk(LEDGER)))
    const cases = await app.call('cases/list', { sort: 'foundDate', order: 'asc' })
    expect(cases.rows.map((c) => [c.subjectName, c.description, c.foundDate, c.deadline, c.status, c.closedDate])).toEqual([
      ['好运来小吃店', '灭火器过期', '2024-01-08', '2024-01-15', 'closed', '2024-01-14'],
      ['鑫达五金店', '电动自行车在店内充电，"飞线"充电', '2024-04-02', '2024-04-09', 'rectifying', null],
    ])
    const subject = await app.call('subjects/get', { id: cases.rows[1]?.subjectId ?? '' })
    expect(subject.address).toBe('柳市镇长江村8号，临街')
  })

  it('reads UTF-8 with and without a byte-order mark the same way as GBK', async () => {
    const app = await ledgerApp()
    const gbk = await app.call('import/preview', csvFile(encodeGbk(LEDGER)))
    const bom = await app.call('import/preview', csvFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LEDGER, 'utf8')])))
    const plain = await app.call('import/preview', csvFile(Buffer.from(LEDGER, 'utf8')))
    expect(bom.rows).toEqual(gbk.rows)
    expect(plain.rows).toEqual(gbk.rows)
  })

  it('tells UTF-8 from GB18030 by whether the bytes are valid UTF-8', () => {
    expect(decodeText(encodeGbk('柳市镇，消防'))).toBe('柳市镇，消防')
    expect(decodeText(Buffer.from('柳市镇，消防', 'utf8'))).toBe('柳市镇，消防')
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('单位名称\t地址', 'utf16le')]))).toBe('单位名称\t地址')
  })

  it('parses quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"f\ng",h\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f\ng', 'h'],
    ])
    expect(parseCsv('单位名称\t地址\n甲\t乙')).toEqual([
      ['单位名称', '地址'],
      ['甲', '乙'],
    ])
  })
})
