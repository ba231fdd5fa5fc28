import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { JOURNAL } from '../../../electron/core/backup/swap'
import { startUp } from '../../../electron/core/safety/startup'
import { bundle } from '../bundle'

let dir: string
let backup: string
let before: string
let child: ReturnType<typeof bundle>

/** The data as a user sees it: units, and the attachment's bytes. */
async function stateOf(dataDir: string) {
  const app = openApp({ dataDir, logError: () => {} })
  try {
    const names = (await app.call('subjects/list', {})).rows.map((s) => s.name).sort()
    return { names, photo: readFileSync(join(dataDir, 'attachments', 'ab', 'cdef.jpg'), 'utf8'), integrity: app.ctx.db.pragma('integrity_check', { simple: true }) }
  } finally {
    app.close()
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-restore-kill-'))
  // One bundle for every kill.
  child = bundle(join(__dirname, 'restore-child.ts'))
  before = join(dir, 'before')
  const app = openApp({ dataDir: before, logError: () => {} })
  const area = await app.call('areas/create', { name: '长江村' })
  await app.call('subjects/create', { name: '鑫达五金店', kindId: 'sk01', areaId: area.id })
  mkdirSync(join(before, 'attachments', 'ab'), { recursive: true })
  writeFileSync(join(before, 'attachments', 'ab', 'cdef.jpg'), 'photo-in-backup')
  mkdirSync(join(dir, 'usb'))
  backup = (await app.call('backup/create', { dir: join(dir, 'usb') })).file
  await app.call('subjects/create', { name: '宏盛电器厂', kindId: 'sk06', areaId: area.id })
  writeFileSync(join(before, 'attachments', 'ab', 'cdef.jpg'), 'photo-now')
  app.close()
})
afterAll(() => {
  child.remove()
  rmSync(dir, { recursive: true, force: true })
})

function restoreKilledAt(dataDir: string, step: number | 'check' | 'pack'): Promise<{ killed: boolean; total: number }> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [child.file, dataDir, backup, String(step)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let total = 0
    run.stdout.setEncoding('utf8')
    run.stdout.on('data', (chunk: string) => {
      const m = /step \d+\/(\d+)/.exec(chunk)
      if (m) total = Number(m[1])
    })
    run.on('error', reject)
    run.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', total }))
  })
}

describe('a restore killed at every step: staging, the safety backup, each rename of the swap', () => {
  it('is finished at the next start: the backup whole, never a mix, nothing left behind', { timeout: 120_000 }, async () => {
    const inBackup = { names: ['鑫达五金店'], photo: 'photo-in-backup', integrity: 'ok' }
    let total = Infinity
    for (let step = 0; step <= total + 1; step++) {
      const data = join(dir, `kill-${step}`)
      cpSync(before, data, { recursive: true })
      const run = await restoreKilledAt(data, step)
      total = run.total
      expect(run.killed, `step ${step}`).toBe(step <= total)
      expect(startUp(data)).toEqual(run.killed ? ['上次从备份恢复时被中断，已按日志完成恢复'] : [])
      expect(await stateOf(data), `killed after step ${step} of ${total}`).toEqual(inBackup)
      expect(existsSync(join(data, JOURNAL))).toBe(false)
      expect(readdirSync(data).filter((n) => n.startsWith('.restore-'))).toEqual([])
    }
    expect(total).toBeGreaterThanOrEqual(4)
  })

  it('is undone when a staged part has gone missing, back to the data before the restore', { timeout: 60_000 }, async () => {
    const data = join(dir, 'kill-back')
    cpSync(before, data, { recursive: true })
    expect((await restoreKilledAt(data, 2)).killed).toBe(true)
    const staging = readdirSync(data).find((n) => n.startsWith('.restore-')) ?? ''
    rmSync(join(data, staging, 'attachments'), { recursive: true })
    expect(startUp(data)).toEqual(['上次从备份恢复时被中断且备份内容不全，已撤回到恢复前的数据'])
    expect(await stateOf(data)).toEqual({ names: ['宏盛电器厂', '鑫达五金店'], photo: 'photo-now', integrity: 'ok' })
  })

  it('killed before the swap — while the backup is checked, or while the safety backup is written — leaves the data as it was, and its leftovers go a day later', { timeout: 60_000 }, async () => {
    const asBefore = { names: ['宏盛电器厂', '鑫达五金店'], photo: 'photo-now', integrity: 'ok' }
    for (const phase of ['check', 'pack'] as const) {
      const data = join(dir, `kill-${phase}`)
      cpSync(before, data, { recursive: true })
      expect((await restoreKilledAt(data, phase)).killed, phase).toBe(true)
      expect(startUp(data), phase).toEqual([])
      expect(await stateOf(data), phase).toEqual(asBefore)
      const aDayLater = startUp(data, Date.now() + 2 * 24 * 3600 * 1000)
      expect(aDayLater.some((line) => /^已清理一天前遗留的临时文件：\.restore-/.test(line)), phase).toBe(true)
      expect(readdirSync(data).filter((n) => n.startsWith('.')), phase).toEqual([])
      const backups = join(data, 'backups')
      expect(existsSync(backups) ? readdirSync(backups).filter((n) => n.endsWith('.partial')) : [], phase).toEqual([])
    }
  })
})
