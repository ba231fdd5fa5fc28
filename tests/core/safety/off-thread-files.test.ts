import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import PizZip from 'pizzip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock } from '../../../electron/core/clock'
import { builtinTemplate } from '../../../electron/core/documents/builtin'
import { checkTemplate } from '../../../electron/core/documents/check'
import type { ReportProgress } from '../../../electron/core/reports/schema'
import { runOffThread } from '../../../electron/core/worker/run'
import { Docx, textOf } from '../documents/docx'
import { testApp } from '../helpers'
import { edgeLedger, TODAY } from '../reports/ledger'

/*
 * Reports, list exports and the template check are made on a worker for an app on a data folder:
 * the same documents as on the calling thread, and an issued report takes its 文号 in the data
 * file the app reads.
 */

let dir: string
let onDisk: FiredeskApp
let inMemory: FiredeskApp
/** What the window is told of the report files being made: `reports/progress`. */
let told: ReportProgress[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-files-worker-'))
  onDisk = openApp({ dataDir: dir, clock: fixedClock(TODAY), logError: () => {}, onEvent: (e, p) => void (e === 'reports/progress' && told.push(p as ReportProgress)) })
  inMemory = testApp(TODAY)
  await edgeLedger(onDisk)
  await edgeLedger(inMemory)
})
afterAll(() => {
  onDisk.close()
  inMemory.close()
  rmSync(dir, { recursive: true, force: true })
})

const docText = (base64: string): string => textOf(new Docx(Buffer.from(base64, 'base64')).document)

describe('files made on a worker', () => {
  it('writes a list and the summary’s workbook as on the calling thread', { timeout: 60_000 }, async () => {
    const sheetThere = await onDisk.call('export/sheetDocx', { list: 'cases', filter: {} })
    expect(sheetThere.rows).toBe((await inMemory.call('export/sheetDocx', { list: 'cases', filter: {} })).rows)
    const workbook = async (app: FiredeskApp) => {
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(Buffer.from((await app.call('reports/exportXlsx', { quarter: '2024Q1' })).dataBase64, 'base64') as unknown as ArrayBuffer)
      return book.worksheets.flatMap((ws) => ws.getSheetValues().map((row) => JSON.stringify(row)))
    }
    // The same sheets, but for the line naming the data file they were taken from.
    const fromFile = (rows: string[]) => rows.filter((r) => !r?.includes('数据文件'))
    told = []
    const there = await workbook(onDisk)
    expect(told).toEqual([
      { kind: 'xlsx', stage: 'figures', done: 0, total: 2 },
      { kind: 'xlsx', stage: 'write', done: 1, total: 2 },
    ])
    expect(fromFile(there)).toEqual(fromFile(await workbook(inMemory)))
    expect(there).toContain(JSON.stringify([null, '数据文件', join(dir, 'firedesk.db')]))
  })

  it('issues the summary as the writer: its 文号 is taken in the data file the app reads', { timeout: 60_000 }, async () => {
    const first = await onDisk.call('reports/issueDocx', { quarter: '2024Q1' })
    expect(first.number).toBe('柳市消安委办〔2024〕1号')
    const register = await onDisk.call('documents/list', { kind: 'quarterly_report' })
    expect(register.rows.map((d) => d.number)).toEqual([first.number])
    // The next 文号 is counted from what the worker wrote.
    expect((await onDisk.call('reports/previewDocx', { quarter: '2024Q1' })).number).toBe('柳市消安委办〔2024〕2号')
    expect(docText(first.dataBase64)).toContain('柳市消安委办〔2024〕1号')
    expect(docText(first.dataBase64)).toContain('柳市镇共发现消防安全隐患10处，其中重大火灾隐患1处；整改销号3处')
  })

  it('tells how far a report is, stops it when asked, at once, and makes the next one', { timeout: 60_000 }, async () => {
    told = []
    const making = onDisk.invoke('reports/exportDocx', { quarter: '2024Q1' })
    // The figures are counted: the charts are being drawn when 取消 is pressed.
    await expect.poll(() => told.map((p) => p.stage), { interval: 5, timeout: 20_000 }).toEqual(['figures', 'charts'])
    expect(told[1]).toEqual({ kind: 'docx', stage: 'charts', done: 1, total: 3 })
    const t = Date.now()
    expect(await onDisk.call('reports/cancel', {})).toEqual({ cancelled: true })
    expect(await making).toMatchObject({ ok: false, error: { code: 'ILLEGAL_STATE', message: '已取消，未作任何改动' } })
    expect(Date.now() - t).toBeLessThan(500)
    expect(await onDisk.call('reports/cancel', {})).toEqual({ cancelled: false })
    expect((await onDisk.call('reports/exportXlsx', { quarter: '2024Q1' })).fileName).toBe('2024年第一季度工作情况汇总.xlsx')
  })

  it('stops a list file being made when asked, and makes the next one', { timeout: 60_000 }, async () => {
    const making = onDisk.invoke('export/list', { list: 'cases', filter: {} })
    expect(await onDisk.call('export/cancel', {})).toEqual({ cancelled: true })
    expect(await making).toMatchObject({ ok: false, error: { code: 'ILLEGAL_STATE', message: '已取消，未作任何改动' } })
    expect(await onDisk.call('export/cancel', {})).toEqual({ cancelled: false })
    const next = await onDisk.call('export/list', { list: 'cases', filter: {} })
    expect(next.rows).toBe((await inMemory.call('export/list', { list: 'cases', filter: {} })).rows)
  })

  it('checks a big template there as here', { timeout: 60_000 }, async () => {
    const zip = new PizZip(builtinTemplate('warning_letter'))
    zip.file('word/media/pad.bin', randomBytes(400 * 1024))
    zip.file('word/document.xml', (zip.file('word/document.xml')?.asText() ?? '').replace('{', '{{'))
    const bytes = zip.generate({ type: 'nodebuffer' })
    const here = checkTemplate('warning_letter', bytes)
    expect(here.ok).toBe(false)
    expect(await runOffThread('checkTemplate', { kind: 'warning_letter', bytes })).toEqual(here)
  })
})
