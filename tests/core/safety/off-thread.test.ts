import { describe, expect, it } from 'vitest'
import { readSheet } from '../../../electron/core/import/sheet/read'
import { readTaskGrid } from '../../../electron/core/tasks/import/grid-of'
import { runOffThread } from '../../../electron/core/worker/run'
import { workbookOf } from '../../fixtures/import/ledger'
import { sampleTaskList } from '../../fixtures/tasks/docx-builder'
import { casesFile, tableCounts } from '../import/support'
import { testApp } from '../helpers'
import { ticksDuring } from './ticks'

/*
 * A big workbook is read on a worker thread: the calling thread (Electron's main process, the
 * browser mode's server) keeps answering meanwhile, and a newer preview or import/cancel stops it.
 */

const ledgerOf = (rows: number): Promise<Buffer> =>
  workbookOf((ws) => {
    ws.addRow(['单位名称', '隐患内容', '检查日期', '所属村'])
    for (let i = 1; i <= rows; i++) ws.addRow([`单位${i}`, '灭火器过期', new Date(Date.UTC(2024, 2, 1 + (i % 28))), '长江村'])
  })

describe('heavy reading off the calling thread', () => {
  it('reads the same rows as on the thread itself, while the thread keeps running', { timeout: 60_000 }, async () => {
    const bytes = await ledgerOf(3_000)
    const here = await readSheet('台账.xlsx', bytes, undefined)
    const { ticks, ms } = await ticksDuring(runOffThread('readSheet', { fileName: '台账.xlsx', bytes, sheet: undefined }))
    const there = await runOffThread('readSheet', { fileName: '台账.xlsx', bytes, sheet: undefined })
    expect(there).toEqual(here)
    expect(there.rows[1]?.cells[2]).toBeInstanceOf(Date)
    // A blocked thread would fire the timer about once, after the work; a free one about every 5 ms.
    expect(ticks).toBeGreaterThan(ms / 5 / 4)
  })

  it('reads a 任务清单 there as here', { timeout: 60_000 }, async () => {
    const bytes = sampleTaskList(40)
    expect(await runOffThread('readTaskGrid', { fileName: '任务清单.docx', bytes })).toEqual(await readTaskGrid('任务清单.docx', bytes))
  })

  it('answers an AppError of the job as itself', async () => {
    const e = await runOffThread('readSheet', { fileName: '台账.xlsx', bytes: Buffer.from('PK\u0003\u0004 not a workbook'), sheet: undefined }).catch((x: unknown) => x)
    expect(e).toMatchObject({ name: 'AppError', code: 'VALIDATION', field: 'dataBase64' })
  })

  it('a newer preview or import/cancel stops the file being read, writing nothing', { timeout: 60_000 }, async () => {
    const app = testApp()
    await app.call('areas/create', { name: '长江村' })
    const before = tableCounts(app)
    const big = casesFile(await ledgerOf(20_000))
    const first = app.invoke('import/preview', big)
    await new Promise((r) => setTimeout(r, 50))
    expect(await app.call('import/cancel', {})).toEqual({ cancelled: true })
    expect(await first).toMatchObject({ ok: false, error: { code: 'ILLEGAL_STATE', message: '已取消，未作任何改动' } })
    expect(await app.call('import/cancel', {})).toEqual({ cancelled: false })

    const superseded = app.invoke('import/preview', big)
    await new Promise((r) => setTimeout(r, 50))
    const small = await app.call('import/preview', casesFile(await ledgerOf(3)))
    expect(small.counts.rows).toBe(3)
    expect(await superseded).toMatchObject({ ok: false, error: { code: 'ILLEGAL_STATE' } })
    expect(tableCounts(app)).toEqual(before)
  })
})
