import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import type { ExportSheetArgs } from '../../../electron/core/export/schema'
import { smallOffice } from '../../fixtures/office'
import { readSheetDocx } from './read-sheet-docx'

let app: FiredeskApp

beforeAll(async () => {
  app = openApp({ dataDir: mkdtempSync(join(tmpdir(), 'firedesk-audit-sheet-')), clock: fixedClock('2024-03-15T02:00:00.000Z'), newId: sequentialIds(), logError: () => {} })
  await smallOffice(app)
})
afterAll(() => app.close())

describe('printing the 操作日志', () => {
  it('prints the entries the page shows for a filter, in words and without ids, numbered, and as a Word table', async () => {
    const filter = { action: 'create', entity: 'subject', from: '2024-03-01', to: '2024-03-31' }
    const page = await app.call('audit/list', filter)
    expect(page.rows.length).toBeGreaterThan(1)
    const args: ExportSheetArgs = { list: 'audit', filter }
    const sheet = await app.call('export/sheet', args)

    expect(sheet.title).toBe('操作日志')
    expect(sheet.notes[0]).toBe('筛选条件：操作：新增；记录类别：监管对象；日期：2024年3月1日至2024年3月31日')
    expect(sheet.columns.map((c) => c.header)).toEqual(['序号', '时间', '操作人', '操作', '记录类别', '内容'])
    expect(sheet.rows.map((row) => row[0])).toEqual(page.rows.map((_, i) => String(i + 1)))
    expect(sheet.rows.map((row) => row.slice(2))).toEqual(page.rows.map((r) => [r.operator, '新增', '监管对象', (r.data as { name: string }).name]))
    for (const row of sheet.rows) expect(row[1]).toMatch(/^2024\.03\.1[45] \d\d:\d\d$/)
    const ids = page.rows.map((r) => r.entityId)
    expect(sheet.rows.flat().filter((cell) => ids.some((id) => cell.includes(id)))).toEqual([])

    const doc = readSheetDocx((await app.call('export/sheetDocx', args)).dataBase64)
    expect(doc.page).toEqual(['11906', '16838'])
    expect(doc.before).toContain(sheet.notes[0])
    expect(doc.rows[0]?.cells).toEqual(['序号', '时间', '操作人', '操作', '记录类别', '内容'])
    expect(doc.rows.slice(1).map((row) => row.cells)).toEqual(sheet.rows)
  })

  it('names the case a step was taken on, which the entry itself records only by its id', async () => {
    const filter = { entity: 'case', action: 'close' }
    const closed = (await app.call('audit/list', filter)).rows
    expect(closed.length).toBeGreaterThan(0)
    const numbers = (await app.call('cases/list', { status: ['closed'] })).rows.map((c) => c.number)
    expect(closed.map((r) => r.recordName)).toEqual(numbers)
    const sheet = await app.call('export/sheet', { list: 'audit', filter })
    expect(sheet.rows.map((row) => [row[3], row[5]])).toEqual(numbers.map((n) => ['销号', n]))
  })

  it('says who and which record the filter asked for', async () => {
    const sheet = await app.call('export/sheet', { list: 'audit', filter: { operator: '张三', record: '长江' } })
    expect(sheet.notes[0]).toBe('筛选条件：操作人：张三；记录：“长江”')
  })
})
