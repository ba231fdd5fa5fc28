import { describe, expect, it } from 'vitest'
import { workbookOf } from '../../fixtures/import/ledger'
import { VALID_CREDIT_CODE } from '../helpers'
import { ledgerApp, tableCounts } from './support'

const HEADER = ['单位名称', '统一社会信用代码', '详细地址', '法定代表人', '手机', '村(社区)', '场所类别', '风险等级', '重点单位', '备注']
const ROWS = [
  ['正泰电器有限公司', '９１３３０３８２ＭＡ２Ｊ４ＬＱ８８３', '柳市镇长江村工业区1号', '南存辉', '13900000010', '长江村', '工业企业', '黄', '是', null],
  ['永兴餐馆', null, '柳市镇柳黄头村2号', '陈八', '13800000020/0577-61230000', '柳黄头村', '九小场所', '红', '否', '夜间营业'],
  ['永兴 餐馆', null, '柳市镇柳黄头村2号', '陈八', '13800000020', '柳黄头村', '九小场所', '红', '否', null],
  ['新亚超市', '91330382MA2J4LQ884', '柳市镇象阳村3号', '孙九', '1.38E+10', '象阳村', '超市', null, null, null],
  ['金鼎宾馆', null, '柳市镇前街4号', '周十', null, null, '宾馆饭店', '紫', null, null],
]

const file = (bytes: Buffer, more: Record<string, unknown> = {}) => ({ kind: 'subjects' as const, fileName: '单位名册.xlsx', dataBase64: bytes.toString('base64'), ...more })
const roster = () =>
  workbookOf((ws) => {
    ws.addRow(HEADER)
    for (const r of ROWS) ws.addRow(r)
  }, '名册')

async function appWithZhengtai() {
  const app = await ledgerApp()
  const area = (await app.call('areas/list', {})).find((a) => a.name === '长江村')
  await app.call('subjects/create', { name: '正泰电器', kindId: 'sk06', areaId: area?.id ?? '', creditCode: VALID_CREDIT_CODE })
  return app
}

describe('import of a list of units', () => {
  it('matches units by credit code, else by name and address, and names every problem', async () => {
    const app = await appWithZhengtai()
    const p = await app.call('import/preview', file(await roster()))
    expect(p.problems).toEqual([
      { row: 2, column: 'B 统一社会信用代码', field: 'creditCode', level: 'warning', message: '统一社会信用代码已登记在「正泰电器」名下，按该单位导入' },
      { row: 5, column: 'G 场所类别', field: 'kind', level: 'warning', message: '场所类别「超市」未登记，归入「其他」' },
      { row: 5, column: 'B 统一社会信用代码', field: 'creditCode', level: 'warning', message: '统一社会信用代码校验位不正确，请核对；此代码不导入，按名称和地址匹配单位' },
      { row: 5, column: 'E 手机', field: 'responsiblePhone', level: 'warning', message: '「1.38E+10」已被 Excel 改成科学计数法，号码无法还原，请在 Excel 中把该列设为文本后重新填写' },
      { row: 5, column: 'F 村(社区)', field: 'area', level: 'error', message: '村(社区)「象阳村」未登记（可先在“村(社区)”中添加，或选择导入时新建），无法新建单位「新亚超市」' },
      { row: 6, column: 'H 风险等级', field: 'riskColor', level: 'warning', message: '无法识别的风险分类「紫」（应为 红、黄、灰、绿），按「绿」导入' },
      { row: 6, column: 'F 村(社区)', field: 'area', level: 'error', message: '未填写所属村(社区)，无法新建单位「金鼎宾馆」' },
    ])
    expect(p.rows.map((r) => [r.row, r.action, r.reason])).toEqual([
      [2, 'match', '按统一社会信用代码匹配到已登记的「正泰电器」（名称不同）'],
      [3, 'create', ''],
      [4, 'skip', '与第3行重复'],
      [5, 'error', '村(社区)「象阳村」未登记（可先在“村(社区)”中添加，或选择导入时新建），无法新建单位「新亚超市」'],
      [6, 'error', '未填写所属村(社区)，无法新建单位「金鼎宾馆」'],
    ])
  })

  it('stores names as a typed unit is stored, and matches one pasted with a zero-width space', async () => {
    const app = await appWithZhengtai()
    const area = (await app.call('areas/list', {})).find((a) => a.name === '柳黄头村')
    const shop = await app.call('subjects/create', { name: '永兴餐馆', kindId: 'sk01', areaId: area?.id ?? '', address: '柳市镇柳黄头村2号' })
    const bytes = await workbookOf((ws) => {
      ws.addRow(HEADER)
      ws.addRow(['永兴\u200B餐馆', null, '柳市镇柳黄头村２号', '陈八', null, '柳黄头村', '九小场所', null, null, null])
      ws.addRow(['ＡＢＣ\u200B超市', null, '柳市镇柳黄头村8号', '孙九', null, '柳黄头村', '九小场所', null, null, null])
    }, '名册')
    const p = await app.call('import/preview', file(bytes))
    expect(p.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'match'],
      [3, 'create'],
    ])
    await app.call('import/commit', file(bytes))
    const names = (await app.call('subjects/list', { text: '柳黄头村' })).rows.map((s) => [s.name, s.address])
    expect(names).toEqual([
      ['ABC超市', '柳市镇柳黄头村8号'],
      ['永兴餐馆', '柳市镇柳黄头村2号'],
    ])
    expect((await app.call('subjects/get', { id: shop.id })).name).toBe('永兴餐馆')
  })

  it('creates missing villages and uses a default one when the user allows it', async () => {
    const app = await appWithZhengtai()
    const area = (await app.call('areas/list', {})).find((a) => a.name === '柳黄头村')
    const args = file(await roster(), { createAreas: true, defaultAreaId: area?.id })
    const p = await app.call('import/preview', args)
    expect(p.canCommit).toBe(true)
    expect(p.counts).toMatchObject({ create: 3, match: 1, skip: 1, error: 0, subjects: { create: 3, match: 1 }, areas: { create: ['象阳村'] } })

    const report = await app.call('import/commit', args)
    expect(report.created).toEqual({ subjects: 3, cases: 0, areas: ['象阳村'] })
    expect(report.matched).toEqual({ subjects: 1 })
    const list = await app.call('subjects/list', { sort: 'name' })
    expect(list.rows.map((s) => [s.name, s.areaName, s.kindName, s.creditCode, s.responsiblePhone, s.riskColor, s.isKey, s.notes])).toEqual([
      ['新亚超市', '象阳村', '其他', '', '', 'green', false, ''],
      ['正泰电器', '长江村', '工业企业', VALID_CREDIT_CODE, '', 'green', false, ''],
      ['永兴餐馆', '柳黄头村', '九小场所', '', '13800000020', 'red', false, '夜间营业\n责任人电话：0577-61230000'],
      ['金鼎宾馆', '柳黄头村', '宾馆饭店', '', '', 'green', false, ''],
    ])
    const village = (await app.call('areas/list', {})).find((a) => a.name === '象阳村')
    expect(village).toMatchObject({ areaType: 'village', notes: '由「单位名册.xlsx」导入时新建' })
  })

  it('imports the same list twice without creating anything the second time', async () => {
    const app = await appWithZhengtai()
    const area = (await app.call('areas/list', {})).find((a) => a.name === '柳黄头村')
    const args = file(await roster(), { createAreas: true, defaultAreaId: area?.id })
    await app.call('import/commit', args)
    const after = tableCounts(app)
    const again = await app.call('import/commit', args)
    expect(again.created).toEqual({ subjects: 0, cases: 0, areas: [] })
    expect(again.skipped.map((s) => s.row)).toEqual([2, 3, 4, 5, 6])
    expect(tableCounts(app)).toEqual(after)
  })
})
