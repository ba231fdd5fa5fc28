import { afterEach, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { buildDocx, type BuiltRow } from '../../fixtures/tasks/docx-builder'
import { caseIn, smallLedger } from '../cases/fixtures'
import { testApp } from '../helpers'
import { seedCampaign } from '../reporting/fixture'
import { readSheetDocx } from './read-sheet-docx'

let app: FiredeskApp
afterEach(() => app.close())

const HEADER_ROW = { header: true }

describe('printing the 升级处理 list', () => {
  it('prints what the ladder proposes as the page filters it, the rung and village in words, the most overdue first', async () => {
    const t = testApp()
    app = t
    const { north, shop, factory } = await smallLedger(app)
    await caseIn(app, 'rectifying', { subjectId: shop.id, deadline: '2024-03-10' })
    await caseIn(app, 'noticed', { subjectId: shop.id, deadline: '2024-03-01', description: '安全出口上锁' })
    await caseIn(app, 'rectifying', { subjectId: factory.id, deadline: '2024-03-20', severity: 'major' })
    t.clock.set('2024-04-10T01:00:00.000Z')

    const all = await app.call('export/sheet', { list: 'proposals', filter: {} })
    const page = await app.call('escalation/proposals', { pageSize: 100 })
    expect(all.title).toBe('升级处理建议清单')
    expect(all.notes[0]).toBe('筛选条件：全部')
    expect(all.rows.map((r) => [r[0], r[1], r[6]])).toEqual(page.rows.map((p, i) => [String(i + 1), p.caseNumber, { warning: '预警', letter: '函告', interview: '约谈', supervision: '挂牌督办', circular: '通报' }[p.rung]]))
    expect(all.rows.find((r) => r[6] === '挂牌督办')?.[2]).toBe('乐清市鑫达电气有限公司（重大火灾隐患）')

    const args = { list: 'proposals' as const, filter: { rung: 'circular' as const, areaId: north.id } }
    const circulars = await app.call('export/sheet', args)
    const expected = await app.call('escalation/proposals', { ...args.filter, pageSize: 100 })
    expect(circulars.title).toBe('通报建议清单')
    expect(circulars.notes[0]).toBe('筛选条件：升级措施：通报；所属村(社区)：柳黄头村')
    expect(circulars.rows.map((r) => [r[1], r[5]])).toEqual(expected.rows.map((p) => [p.caseNumber, `${p.overdueDays}天`]))
    expect(circulars.rows.length).toBeGreaterThan(0)

    const file = await app.call('export/sheetDocx', args)
    expect(file.fileName).toBe('通报建议清单_20240410.docx')
    const doc = readSheetDocx(file.dataBase64)
    expect(doc.page).toEqual(['11906', '16838'])
    expect(doc.before).toContain('筛选条件：升级措施：通报；所属村(社区)：柳黄头村')
    expect(doc.rows[0]).toEqual({ ...HEADER_ROW, cells: ['序号', '隐患编号', '单位名称', '村(社区)', '整改期限', '逾期', '建议措施', '依据'] })
    expect(doc.rows.slice(1).map((r) => [r.header, r.cells[0], r.cells[1]])).toEqual(circulars.rows.map((r) => [false, r[0], r[1]]))
  })
})

describe("printing a campaign's tasks", () => {
  async function campaignWithTasks() {
    const t = testApp('2024-03-14T02:00:00.000Z')
    app = t
    const seed = await seedCampaign(app, { start: '2024-02-02', end: '2024-06-30' })
    const rows: BuiltRow[] = [
      { header: true, cells: ['序号', '工作内容', '牵头单位', '配合单位', '时限'] },
      { cells: ['1', '全面排查电动自行车违规停放充电。', '派出所', '各村（社区）', '2月底前'] },
      { cells: ['2', '清理疏散通道堆放的杂物。', '安监站', '', '5月底前'] },
      { cells: ['3', '整治“三合一”场所。', '各村（社区）', '', '3月10日前'] },
    ]
    const list = { fileName: '任务清单.docx', dataBase64: buildDocx(['附件', '任务清单'], [rows]).toString('base64'), campaignId: seed.campaignId }
    await app.call('tasks/importCommit', list)
    return seed
  }

  it('prints the overdue tasks as the page filters them, naming the units that owe them', async () => {
    const { campaignId } = await campaignWithTasks()
    const args = { list: 'tasks' as const, filter: { campaignId, state: 'overdue' as const } }
    const sheet = await app.call('export/sheet', args)
    const overdue = await app.call('tasks/list', args.filter)
    expect(sheet.title).toBe('逾期任务清单')
    expect(sheet.notes[0]).toBe('筛选条件：专项行动：冬春火灾防控专项行动；状态：逾期')
    expect(sheet.rows.map((r) => r.slice(0, 2))).toEqual(overdue.map((x, i) => [String(i + 1), String(x.seq)]))
    expect(sheet.rows.map((r) => [r[1], r[4], r[5], r[6]])).toEqual([
      ['1', '2月底前', '逾期', '派出所、长江村、黄河村、淮河社区'],
      ['3', '3月10日前', '逾期', '长江村、黄河村、淮河社区'],
    ])

    const doc = readSheetDocx((await app.call('export/sheetDocx', args)).dataBase64)
    expect(doc.page).toEqual(['11906', '16838'])
    expect(doc.before).toContain('逾期任务清单')
    expect(doc.rows[0]).toEqual({ ...HEADER_ROW, cells: ['序号', '任务序号', '工作内容', '牵头单位', '时限', '状态', '逾期单位'] })
    expect(doc.rows.slice(1).map((r) => r.cells.slice(0, 2))).toEqual([
      ['1', '1'],
      ['2', '3'],
    ])
  })

  it('prints the whole 任务清单 when the page shows every task', async () => {
    const { campaignId } = await campaignWithTasks()
    const sheet = await app.call('export/sheet', { list: 'tasks', filter: { campaignId } })
    expect(sheet.title).toBe('任务清单')
    expect(sheet.notes[0]).toBe('筛选条件：专项行动：冬春火灾防控专项行动')
    expect(sheet.rows.map((r) => [r[1], r[5]])).toEqual([
      ['1', '逾期'],
      ['2', '推进中'],
      ['3', '逾期'],
    ])
  })
})
