import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import type { ExportSheetArgs } from '../../../electron/core/export/schema'
import { cellDate } from '../../../electron/core/export/sheet'
import { smallOffice } from '../../fixtures/office'
import { readSheetDocx } from './read-sheet-docx'

let app: FiredeskApp
let south = ''

beforeAll(async () => {
  app = openApp({ dataDir: mkdtempSync(join(tmpdir(), 'firedesk-sheets-')), clock: fixedClock('2024-03-15T02:00:00.000Z'), newId: sequentialIds(), logError: () => {} })
  south = (await smallOffice(app)).south.id
})
afterAll(() => app.close())

/** Each register page's list: what its page shows (first printed column after 序号), and how the paper states its filter. */
const registers: { args: () => ExportSheetArgs; shown: () => Promise<string[]>; title: string; filter: string; header: string }[] = [
  {
    args: () => ({ list: 'subjects', filter: { areaId: south } }),
    shown: async () => (await app.call('subjects/list', { areaId: south })).rows.map((s) => s.name),
    title: '监管对象清单',
    filter: '筛选条件：所属村(社区)：长江村',
    header: '单位名称',
  },
  {
    args: () => ({ list: 'inspections', filter: { kind: 'night' } }),
    shown: async () => (await app.call('inspections/list', { kind: 'night' })).rows.map((r) => cellDate(r.date)),
    title: '检查记录清单',
    filter: '筛选条件：检查类型：夜查',
    header: '检查日期',
  },
  {
    args: () => ({ list: 'interviews', filter: { status: 'all' } }),
    shown: async () => (await app.call('interviews/list', { status: 'all' })).rows.map((i) => ({ warning: '警示约谈', reminder: '提醒约谈', supervision: '督办约谈', work: '工作约谈' })[i.kind]),
    title: '约谈清单',
    filter: '筛选条件：状态：含已作废',
    header: '约谈类别',
  },
  {
    args: () => ({ list: 'supervisions', filter: {} }),
    shown: async () => (await app.call('supervisions/list', {})).rows.map((s) => s.caseNumber),
    title: '挂牌督办清单',
    filter: '筛选条件：全部',
    header: '隐患编号',
  },
  {
    args: () => ({ list: 'documents', filter: { kind: 'rectification_notice' } }),
    shown: async () => (await app.call('documents/list', { kind: 'rectification_notice' })).rows.map((d) => d.number ?? ''),
    title: '发文登记簿',
    filter: '筛选条件：文书种类：消防安全隐患限期整改通知书',
    header: '文号',
  },
  {
    args: () => ({ list: 'incidents', filter: {} }),
    shown: async () => (await app.call('incidents/list', {})).rows.map((i) => cellDate(i.occurredOn)),
    title: '火灾事故登记表',
    filter: '筛选条件：全部',
    header: '发生日期',
  },
  {
    args: () => ({ list: 'campaigns', filter: {} }),
    shown: async () => (await app.call('campaigns/list', {})).map((c) => c.name),
    title: '专项行动一览表',
    filter: '筛选条件：全部',
    header: '专项行动',
  },
  {
    args: () => ({ list: 'units', filter: { unitType: 'village' } }),
    shown: async () => (await app.call('responsibleUnits/list', { unitType: 'village' })).map((u) => u.name),
    title: '责任单位名册',
    filter: '筛选条件：类型：村(社区)',
    header: '单位名称',
  },
  {
    args: () => ({ list: 'revisits', filter: {} }),
    shown: async () => (await app.call('revisits/list', {})).rows.map((r) => r.title),
    title: '回头看清单',
    filter: '筛选条件：全部',
    header: '回头看',
  },
  {
    args: () => ({ list: 'areas', filter: {} }),
    shown: async () => (await app.call('areas/list', {})).map((a) => a.name),
    title: '村(社区)名册',
    filter: '筛选条件：全部',
    header: '名称',
  },
  {
    args: () => ({ list: 'inspectors', filter: { areaId: south } }),
    shown: async () => (await app.call('inspectors/list', { areaId: south })).map((i) => i.name),
    title: '检查人员名册',
    filter: '筛选条件：所属村(社区)：长江村',
    header: '姓名',
  },
  {
    args: () => ({ list: 'drafts', filter: {} }),
    shown: async () => (await app.call('drafts/list', {})).map((d) => d.title),
    title: '待审签文书清单',
    filter: '筛选条件：状态：待办（草稿、已审核）',
    header: '标题',
  },
]

describe('printing every register page', () => {
  it.each(registers.map((r) => [r.title, r] as const))('prints %s as its page filters it, numbered, and as a Word table', async (_title, r) => {
    const sheet = await app.call('export/sheet', r.args())
    const shown = await r.shown()
    expect(shown.length).toBeGreaterThan(0)
    expect(sheet.title).toBe(r.title)
    expect(sheet.notes[0]).toBe(r.filter)
    expect(sheet.rows.map((row) => row[0])).toEqual(shown.map((_, i) => String(i + 1)))
    expect(sheet.rows.map((row) => row[1])).toEqual(shown)

    const doc = readSheetDocx((await app.call('export/sheetDocx', r.args())).dataBase64)
    expect(doc.page).toEqual(['11906', '16838'])
    expect(doc.before).toContain(r.filter)
    expect(doc.rows[0]?.header).toBe(true)
    expect(doc.rows[0]?.cells.slice(0, 2)).toEqual(['序号', r.header])
    expect(doc.rows.slice(1).map((row) => [row.header, row.cells[0]])).toEqual(shown.map((_, i) => [false, String(i + 1)]))
  })

  it('marks a major hazard on the ledger with its category and the day it was found, keeps 作废 units, and says when an inspection found nothing', async () => {
    const units = await app.call('export/sheet', { list: 'subjects', filter: { status: 'all' } })
    expect(units.notes[0]).toBe('筛选条件：状态：含已作废')
    const ledger = await app.call('export/sheet', { list: 'cases', filter: { text: '夹芯板' } })
    expect(ledger.rows.map((row) => row.slice(4, 7))).toEqual([['消防设施损坏停用', '【重大火灾隐患】彩钢夹芯板搭建', '2024.03.04']])
    const visits = await app.call('export/sheet', { list: 'inspections', filter: {} })
    expect(visits.rows.map((row) => row[6]).sort()).toEqual(['发现隐患2处', '未发现隐患'])
  })
})
