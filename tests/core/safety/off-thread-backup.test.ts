import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import type { BackupProgress } from '../../../electron/core/backup/schema'
import { fixedClock } from '../../../electron/core/clock'
import { craftBackup, folderState } from '../backup/craft'
import { ticksDuring } from './ticks'

/*
 * Backups of a big data folder are packed, verified and restored on a worker: the calling thread
 * keeps running, the page hears the progress, and a cancel leaves no backup file, no staging
 * folder and the data as it was.
 */

let dir: string
let data: string
let app: FiredeskApp
let progress: BackupProgress[]

/** Waits until the job has told some progress of `stage`: it is then in the middle of its bytes. */
const midway = (stage: BackupProgress['stage']): Promise<void> =>
  new Promise((resolve) => {
    const poll = setInterval(() => {
      if (progress.some((p) => p.stage === stage && p.done < p.total)) {
        clearInterval(poll)
        resolve()
      }
    }, 1)
  })

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-backup-worker-'))
  data = join(dir, 'data')
  progress = []
  app = openApp({ dataDir: data, clock: fixedClock('2024-03-05T01:30:00.000Z'), logError: () => {}, onEvent: (e, p) => void (e === 'backup/progress' && progress.push(p as BackupProgress)) })
  await app.call('areas/create', { name: '长江村' })
  // 12 MB of photos that do not compress: a backup above the 8 MB that leave the thread.
  mkdirSync(join(data, 'attachments'), { recursive: true })
  for (let i = 0; i < 3; i++) writeFileSync(join(data, 'attachments', `photo-${i}.jpg`), randomBytes(4 * 1024 * 1024))
})
afterEach(() => {
  app.close()
  rmSync(dir, { recursive: true, force: true })
})

const leftovers = (): string[] => [...readdirSync(data).filter((n) => n.startsWith('.')), ...readdirSync(join(data, 'backups')).filter((n) => !n.endsWith('.zip'))]

describe('backup and restore of a big data folder on a worker', () => {
  it('packs while the calling thread keeps running, tells its progress, refuses a crafted copy there as here, and restores it', { timeout: 60_000 }, async () => {
    const { ticks, ms, value: made } = await ticksDuring(app.call('backup/create', {}))
    expect(made.size).toBeGreaterThan(12 * 1024 * 1024)
    expect(ticks).toBeGreaterThan(ms / 5 / 4)
    const packing = progress.filter((p) => p.task === 'create' && p.stage === 'pack')
    expect(packing.length).toBeGreaterThan(2)
    expect(packing.at(-1)).toMatchObject({ done: packing.at(-1)?.total })

    await app.call('areas/create', { name: '象阳村' })
    const crafted = craftBackup(made.file, join(dir, 'crafted.zip'), {
      db: (db) => db.exec('CREATE TRIGGER keep_quiet AFTER INSERT ON cases BEGIN DELETE FROM case_events WHERE case_id = NEW.id; END'),
    })
    const before = folderState(data)
    expect(await app.invoke('backup/restore', { file: crafted })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('keep_quiet') } })
    expect(folderState(data)).toEqual(before)

    progress = []
    await app.call('backup/restore', { file: made.file })
    expect((await app.call('areas/list', {})).map((a) => a.name)).toEqual(['长江村'])
    expect(progress.map((p) => p.stage)).toEqual(expect.arrayContaining(['check', 'pack', 'swap']))
    expect(leftovers()).toEqual([])
  })

  it('a cancel while packing leaves no file behind', { timeout: 60_000 }, async () => {
    const making = app.invoke('backup/create', {})
    await midway('pack')
    expect(await app.call('backup/cancel', {})).toEqual({ cancelled: true })
    expect(await making).toMatchObject({ ok: false, error: { message: '已取消，未作任何改动' } })
    expect(readdirSync(join(data, 'backups'))).toEqual([])
    expect(leftovers()).toEqual([])
    expect(await app.call('backup/cancel', {})).toEqual({ cancelled: false })
  })

  it('a cancel while a restore checks the backup leaves the data as it was', { timeout: 60_000 }, async () => {
    const made = await app.call('backup/create', {})
    await app.call('areas/create', { name: '象阳村' })
    const before = folderState(data)
    progress = []
    const restoring = app.invoke('backup/restore', { file: made.file })
    await midway('check')
    expect(await app.invoke('backup/create', {})).toMatchObject({ ok: false, error: { message: '正在备份或恢复，请等它完成或取消后再试' } })
    expect(await app.call('backup/cancel', {})).toEqual({ cancelled: true })
    expect(await restoring).toMatchObject({ ok: false, error: { message: '已取消，未作任何改动' } })
    expect(folderState(data)).toEqual(before)
    expect(leftovers()).toEqual([])
  })
})
