import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { fixedClock } from '../../../electron/core/clock'
import { T0 } from '../helpers'
import { docxText } from './register-helpers'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-batch-kill-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function batchKilledAfter(letters: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'batch-child.ts'), dir, String(letters)], { stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL'))
  })
}

describe('a batch of letters killed in the middle', () => {
  it('is closed at the next start as interrupted, with the letters it issued merged for printing', { timeout: 60_000 }, async () => {
    const setup = openApp({ dataDir: dir, clock: fixedClock(T0), logError: () => {} })
    const area = await setup.call('areas/create', { name: '长江村' })
    for (let i = 1; i <= 6; i++) await setup.call('subjects/create', { name: `长江村小店${i}`, kindId: 'sk01', areaId: area.id })
    setup.close()

    expect(await batchKilledAfter(3)).toBe(true)

    const app = openApp({ dataDir: dir, clock: fixedClock(T0), logError: () => {} })
    try {
      const issued = (await app.call('documents/list', { batchId: 'killed', pageSize: 50 })).rows
      expect(issued).toHaveLength(3)
      const report = await app.call('app/startup', {})
      expect(report.interruptedBatches).toEqual([
        { batchId: 'killed', kind: 'warning_letter', kindName: '消防安全警示函', total: 6, issued: 3, firstNumber: '柳市消安委办函〔2024〕1号', lastNumber: '柳市消安委办函〔2024〕3号' },
      ])
      const row = app.ctx.db.prepare('SELECT issued, interrupted, cancelled, finished_at IS NOT NULL AS finished FROM document_batches WHERE id = ?').get('killed')
      expect(row).toEqual({ issued: 3, interrupted: 1, cancelled: 0, finished: 1 })
      const text = docxText(Buffer.from((await app.call('documents/batchFile', { batchId: 'killed' })).base64, 'base64'))
      for (const d of issued) expect(text).toContain(`${d.recipient}：`)
      expect((await app.call('app/startup', {})).interruptedBatches).toEqual([])
    } finally {
      app.close()
    }
  })
})
