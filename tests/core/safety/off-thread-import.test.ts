import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock } from '../../../electron/core/clock'
import { bigLedger } from '../../fixtures/import/ledger'
import { casesFile, IMPORT_DAY, tableCounts } from '../import/support'
import { ticksDuring } from './ticks'

/*
 * A big import is planned and written on a worker that owns the writer for its run: the calling
 * thread keeps answering (a timer keeps firing), a write tried beside it is refused at once
 * instead of waiting, and a cancel in the middle of the writing leaves the data as it was.
 */

const AREAS = ['柳黄头村', '长江村', '象阳村', '吕庄村', '西岙村', '前街社区', '后街社区', '新光社区']
/** Above the 500 rows that leave the thread; the cancel is checked every 50 rows. */
const ROWS = 1_000
/** Just above them, where only the thread's freedom is watched, not a race with a cancel. */
const FEWEST = 600

let dir: string
let app: FiredeskApp

async function fileApp(): Promise<{ app: FiredeskApp; events: { event: string; payload: { done: number; total: number } }[] }> {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-import-worker-'))
  const events: { event: string; payload: { done: number; total: number } }[] = []
  app = openApp({ dataDir: dir, clock: fixedClock(IMPORT_DAY), logError: () => {}, onEvent: (event, payload) => void events.push({ event, payload: payload as never }) })
  for (const name of AREAS) await app.call('areas/create', { name })
  return { app, events }
}

afterEach(() => {
  app.close()
  rmSync(dir, { recursive: true, force: true })
})

const nextProgress = (events: { event: string; payload: { done: number; total: number } }[], past: (done: number, total: number) => boolean): Promise<void> =>
  new Promise((resolve) => {
    const poll = setInterval(() => {
      if (events.some((e) => e.event === 'import/progress' && past(e.payload.done, e.payload.total))) {
        clearInterval(poll)
        resolve()
      }
    }, 2)
  })

describe('a big import off the calling thread', () => {
  it('writes every row while the calling thread keeps running, with progress', { timeout: 120_000 }, async () => {
    const { events } = await fileApp()
    const args = casesFile(await bigLedger(FEWEST))
    const { ticks, ms, value } = await ticksDuring(app.call('import/commit', args))
    expect(value.created.cases).toBe(FEWEST)
    expect(tableCounts(app).cases).toBe(FEWEST)
    // A blocked thread would fire the 5 ms timer about once, after the work; a free one about every 5 ms.
    expect(ticks).toBeGreaterThan(ms / 5 / 4)
    const progress = events.filter((e) => e.event === 'import/progress').map((e) => e.payload)
    expect(progress.at(-1)?.done).toBeGreaterThan(FEWEST)
    expect(events.some((e) => e.event === 'import/committed')).toBe(true)
  })

  it('refuses a write beside it at once, and a cancel while writing leaves the data unchanged', { timeout: 120_000 }, async () => {
    const { events } = await fileApp()
    const args = casesFile(await bigLedger(ROWS))
    const before = tableCounts(app)
    const commit = app.invoke('import/commit', args)
    await nextProgress(events, (done, total) => done > total / 2)

    const t = Date.now()
    const beside = await app.invoke('areas/create', { name: '新建村' })
    expect(beside).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('正被另一项工作') } })
    expect(Date.now() - t).toBeLessThan(1000)
    expect(await app.invoke('backup/restore', { file: join(dir, 'none.zip') })).toMatchObject({ ok: false, error: { message: '正在导入，请等它完成或取消后再试' } })

    expect(await app.call('import/cancel', {})).toEqual({ cancelled: true })
    expect(await commit).toMatchObject({ ok: false, error: { code: 'ILLEGAL_STATE', message: '已取消，未作任何改动' } })
    expect(tableCounts(app)).toEqual(before)
    // The writer is the calling thread's again.
    await app.call('areas/create', { name: '新建村' })
    expect(tableCounts(app).areas).toBe(before.areas! + 1)
  })
})
