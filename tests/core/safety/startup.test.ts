import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { startUp } from '../../../electron/core/safety/startup'
import { errorOf } from '../helpers'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-startup-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const twoDaysAgo = (path: string): void => {
  const t = new Date(Date.now() - 2 * 24 * 3600 * 1000)
  utimesSync(path, t, t)
}

describe('clean start', () => {
  it('removes leftovers older than a day, naming each, and keeps younger ones', () => {
    const old = ['.backup-01OLD', '.restore-01OLD', 'backups/firedesk-backup-20240301-auto.zip.partial', 'documents/2024/警示函.docx.01X.tmp']
    const young = ['.restore-01NEW', 'backups/firedesk-backup-20240305-auto.zip.partial']
    for (const rel of [...old, ...young]) {
      const path = join(dir, rel)
      mkdirSync(join(path, '..'), { recursive: true })
      if (rel.startsWith('.')) mkdirSync(path)
      else writeFileSync(path, 'x')
    }
    writeFileSync(join(dir, 'backups', 'firedesk-backup-20240301-auto.zip'), 'a finished backup')
    for (const rel of [...old, 'backups/firedesk-backup-20240301-auto.zip']) twoDaysAgo(join(dir, rel))
    const log = startUp(dir)
    expect(log.sort()).toEqual(old.map((rel) => `已清理一天前遗留的临时文件：${rel}`).sort())
    for (const rel of old) expect(existsSync(join(dir, rel))).toBe(false)
    for (const rel of [...young, 'backups/firedesk-backup-20240301-auto.zip']) expect(existsSync(join(dir, rel))).toBe(true)
  })

  it('backs up only into an absolute folder that exists and can be written', async () => {
    const app = openApp({ dataDir: join(dir, 'data'), logError: () => {} })
    try {
      expect((await errorOf(app, 'backup/create', { dir: 'usb/备份' })).message).toMatch(/^备份位置必须是完整的文件夹路径/)
      expect((await errorOf(app, 'backup/create', { dir: join(dir, 'nowhere') })).message).toMatch(/^备份位置不存在或不是文件夹/)
      writeFileSync(join(dir, 'file.txt'), '')
      expect((await errorOf(app, 'backup/create', { dir: join(dir, 'file.txt') })).field).toBe('dir')
      // Not even root may create entries in /proc/sys.
      expect((await errorOf(app, 'backup/create', { dir: '/proc/sys' })).message).toBe('备份位置不可写入：/proc/sys')
      mkdirSync(join(dir, 'usb'))
      expect((await app.call('backup/create', { dir: join(dir, 'usb') })).file.startsWith(join(dir, 'usb'))).toBe(true)
    } finally {
      app.close()
    }
  })

  it('at the next backup to a folder the user chose, removes its half-written backups older than a day, named in the 操作日志', async () => {
    const app = openApp({ dataDir: join(dir, 'data'), logError: () => {} })
    try {
      const usb = join(dir, 'usb')
      mkdirSync(usb)
      for (const name of ['firedesk-backup-20240301-manual.zip.partial', 'firedesk-backup-20240305-manual.zip.partial', '照片.jpg.partial', '安装包.zip.partial']) writeFileSync(join(usb, name), 'x')
      twoDaysAgo(join(usb, 'firedesk-backup-20240301-manual.zip.partial'))
      twoDaysAgo(join(usb, '照片.jpg.partial'))
      // another program's unfinished download, as old: not ours to remove
      twoDaysAgo(join(usb, '安装包.zip.partial'))
      mkdirSync(join(dir, 'data', 'backups'), { recursive: true })
      writeFileSync(join(dir, 'data', 'backups', 'firedesk-backup-20240301-auto.zip.partial'), 'x')
      twoDaysAgo(join(dir, 'data', 'backups', 'firedesk-backup-20240301-auto.zip.partial'))

      const made = await app.call('backup/create', { dir: usb })
      expect(made.cleaned).toEqual(['firedesk-backup-20240301-manual.zip.partial'])
      expect(readdirSync(usb).sort()).toEqual([made.fileName, 'firedesk-backup-20240305-manual.zip.partial', '照片.jpg.partial', '安装包.zip.partial'].sort())
      const log = await app.call('audit/list', {})
      expect(log.rows[0]).toMatchObject({ action: 'cleanLeftovers', entity: 'backup', data: { folder: usb, cleaned: ['firedesk-backup-20240301-manual.zip.partial'] } })

      // The data folder's backups/ is the start-up's to clean, and a backup there names nothing.
      expect((await app.call('backup/create', {})).cleaned).toBeUndefined()
      expect(existsSync(join(dir, 'data', 'backups', 'firedesk-backup-20240301-auto.zip.partial'))).toBe(true)
    } finally {
      app.close()
    }
  })
})
