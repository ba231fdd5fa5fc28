import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { fixedClock } from '../../../electron/core/clock'
import { DB_FILE } from '../../../electron/core/paths'

describe('app/startup', () => {
  it('checks the file and makes one automatic backup a day', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firedesk-start-'))
    const clock = fixedClock('2024-03-05T01:30:00.000Z')
    const app = openApp({ dataDir: dir, clock })
    try {
      const first = await app.call('app/startup', {})
      expect(first.integrity).toEqual({ ok: true, advice: null, newestBackup: null })
      expect(first.autoBackup?.kind).toBe('auto')
      expect((await app.call('app/startup', {})).autoBackup).toBeNull()
      clock.set('2024-03-06T01:30:00.000Z')
      expect((await app.call('app/startup', {})).autoBackup?.createdAt).toBe('2024-03-06T01:30:00.000Z')
      expect(await app.call('backup/list', {})).toHaveLength(2)
    } finally {
      app.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('a damaged data file', () => {
  it('fails the start-up check with advice naming the newest backup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firedesk-damaged-'))
    const clock = fixedClock('2024-03-05T01:30:00.000Z')
    try {
      const app = openApp({ dataDir: dir, clock })
      const areaId = (await app.call('areas/create', { name: '长江村' })).id
      for (let i = 0; i < 400; i++) await app.call('subjects/create', { name: `单位${i}`, kindId: 'sk01', areaId, address: '柳市镇长江村'.repeat(10) })
      await app.call('app/startup', {})
      app.ctx.db.pragma('wal_checkpoint(TRUNCATE)')
      const rootPage = app.ctx.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'subjects_name'").pluck().get() as number
      app.close()
      const file = join(dir, DB_FILE)
      const bytes = readFileSync(file)
      bytes.fill(0x5a, (rootPage - 1) * 4096, rootPage * 4096)
      writeFileSync(file, bytes)
      const reopened = openApp({ dataDir: dir, clock })
      const report = await reopened.call('app/startup', {})
      reopened.close()
      expect(report.integrity.ok).toBe(false)
      expect(report.integrity.advice).toContain('2024年3月5日')
      expect(report.autoBackup).toBeNull()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
