import { describe, expect, it } from 'vitest'
import { workbookOf } from '../../fixtures/import/ledger'
import { errorOf } from '../helpers'
import { ledgerApp } from './support'

/** A sheet whose date column has a header nobody would guess, and a 村 column left out. */
const sheet = () =>
  workbookOf((ws) => {
    ws.addRow(['企业名称', '经营地址', '存在问题', '时间', '整改时限', '电话', '联系电话'])
    ws.addRow(['华联超市', '柳市镇前街1号', '安全出口上锁', '2024-3-5', '2024-3-12', '13800000001', '13800000002'])
  })

const args = async (more: Record<string, unknown> = {}) => ({ kind: 'cases' as const, fileName: '台账.xlsx', dataBase64: (await sheet()).toString('base64'), ...more })

describe('mapping columns to fields', () => {
  it('reports the required columns it cannot find, and the columns it leaves out', async () => {
    const app = await ledgerApp()
    const p = await app.call('import/preview', await args())
    expect(p.problems.filter((x) => x.row === null)).toEqual([
      { row: null, column: '', field: 'area', level: 'warning', message: '未找到「所属村(社区)」列：新登记的单位须选择默认村(社区)，否则无法导入' },
      { row: null, column: '', field: 'kind', level: 'warning', message: '未找到「场所类别」列：新登记的单位都归入「其他」，导入后可逐条改正' },
      { row: null, column: '', field: 'category', level: 'warning', message: '未找到「隐患类别」列：隐患都归入「其他」，导入后可逐条改正' },
      { row: null, column: '', field: 'requirement', level: 'warning', message: '未找到「整改要求」列：导入的隐患整改要求为空，下发整改通知书前须逐条补填' },
      { row: null, column: '', field: 'severity', level: 'warning', message: '未找到「隐患等级」列：都按「一般隐患」导入' },
      { row: null, column: '', field: 'source', level: 'warning', message: '未找到「发现方式」列：都按「日常检查」导入' },
      { row: null, column: '', field: 'outcome', level: 'warning', message: '未找到「整改情况」列：填有销号日期或复查日期的按已销号导入，其余按「已登记」导入' },
      { row: null, column: '', field: '', level: 'warning', message: '表中没有这些列，新登记的记录中为空：消防安全责任人、依据、检查人员' },
      { row: null, column: 'G 联系电话', field: 'responsiblePhone', level: 'warning', message: '与 F 列同为「责任人电话」，此列不导入' },
      { row: null, column: '', field: 'foundDate', level: 'error', message: '未找到「发现日期」列，请在列对应中指定' },
    ])
    expect(p.canCommit).toBe(false)
    expect(p.fields.find((f) => f.field === 'foundDate')).toEqual({ field: 'foundDate', label: '发现日期', required: true, column: null })
    expect(await errorOf(app, 'import/commit', await args())).toEqual({
      code: 'VALIDATION',
      field: 'mapping',
      message: '无法导入：未找到「发现日期」列，请在列对应中指定。未导入任何数据。',
    })
  })

  it('takes the user’s mapping by header or by column letter, and a default village', async () => {
    const app = await ledgerApp()
    const area = (await app.call('areas/list', {})).find((a) => a.name === '长江村')
    for (const mapping of [{ 时间: 'foundDate' }, { D: 'foundDate', F: '', G: 'responsiblePhone' }] as const) {
      const p = await app.call('import/preview', await args({ mapping, defaultAreaId: area?.id }))
      expect(p.columns.find((c) => c.column === 'D')).toEqual({ column: 'D', header: '时间', field: 'foundDate', fieldLabel: '发现日期', mappedBy: 'user' })
      expect(p.problems.filter((x) => x.level === 'error')).toEqual([])
      expect(p.canCommit).toBe(true)
    }
    await app.call('import/commit', await args({ mapping: { D: 'foundDate', F: '', G: 'responsiblePhone' }, defaultAreaId: area?.id }))
    const [subject] = (await app.call('subjects/list', {})).rows
    expect([subject?.name, subject?.areaName, subject?.responsiblePhone]).toEqual(['华联超市', '长江村', '13800000002'])
  })

  it('refuses a mapping that names a missing header, a foreign field, or one field twice', async () => {
    const app = await ledgerApp()
    expect(await errorOf(app, 'import/preview', await args({ mapping: { 检查时间: 'foundDate' } }))).toEqual({
      code: 'VALIDATION',
      field: 'mapping.检查时间',
      message: '列对应中的「检查时间」在表头（第1行）中找不到',
    })
    expect(await errorOf(app, 'import/preview', await args({ mapping: { D: 'notes' } }))).toEqual({
      code: 'VALIDATION',
      field: 'mapping.D',
      message: '「notes」不是隐患台账可导入的字段',
    })
    const p = await app.call('import/preview', await args({ mapping: { D: 'foundDate', E: 'foundDate' } }))
    expect(p.problems.filter((x) => x.level === 'error' && x.row === null)).toEqual([
      { row: null, column: 'E 整改时限', field: 'foundDate', level: 'error', message: '「发现日期」对应了两列（D、E），请只选一列' },
    ])
  })

  it('refuses a file without a recognisable header, an old .xls, and a damaged .xlsx', async () => {
    const app = await ledgerApp()
    const noHeader = await workbookOf((ws) => ws.addRow(['甲', '乙', '丙']))
    expect((await errorOf(app, 'import/preview', { kind: 'cases', fileName: 'a.xlsx', dataBase64: noHeader.toString('base64') })).message).toBe(
      '未找到表头：工作表「隐患台账」前30行中没有可识别的列名（如 单位名称、地址、隐患内容、发现日期），请检查是否选对了工作表',
    )
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect((await errorOf(app, 'import/preview', { kind: 'cases', fileName: 'a.xls', dataBase64: xls.toString('base64') })).message).toBe(
      '暂不支持旧版 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入',
    )
    const broken = (await sheet()).subarray(0, 200)
    expect((await errorOf(app, 'import/preview', { kind: 'cases', fileName: 'a.xlsx', dataBase64: broken.toString('base64') })).message).toBe(
      '无法读取这个 Excel 文件：文件已损坏，或不是 .xlsx 格式（旧的 .xls 请在 Excel/WPS 中另存为 .xlsx）',
    )
  })
})
