import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { withBackupPaths } from '../../../electron/main/backup-paths'
import { gateInvoke } from '../../../electron/main/gate'

const APP_PAGE = 'app://firedesk/index.html'

let dir: string
let data: string
let app: FiredeskApp
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-backup-paths-'))
  data = join(dir, 'data')
  app = openApp({ dataDir: data, logError: () => {} })
})
afterEach(() => {
  app.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The shell with dialogs that answer what staff would pick, and a record of how often they were shown. */
function shell(picked: { folder?: string; file?: string }) {
  const shown: string[] = []
  const answerer = withBackupPaths(app, data, {
    pickFolder: async () => (shown.push('folder'), picked.folder ?? null),
    pickFile: async () => (shown.push('file'), picked.file ?? null),
  })
  return { shown, call: (name: string, args: unknown) => gateInvoke(answerer, APP_PAGE, undefined, name, args) }
}

describe('backup paths from the page come only from the pickers', () => {
  it('backs up into a folder only once the folder dialog returned it', async () => {
    const usb = join(dir, 'usb')
    mkdirSync(usb)
    const s = shell({ folder: usb })
    expect(await s.call('backup/create', { dir: usb })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '备份位置须用“选择文件夹”选取，不能直接输入路径' } })
    expect(readdirSync(usb)).toEqual([])
    expect(await s.call('shell/pickBackupFolder', {})).toEqual({ ok: true, data: { path: usb } })
    expect(await s.call('backup/create', { dir: usb })).toMatchObject({ ok: true })
    expect(readdirSync(usb)).toHaveLength(1)
    expect(await s.call('backup/create', { dir: join(dir, 'elsewhere') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await s.call('backup/create', {})).toMatchObject({ ok: true })
    expect(s.shown).toEqual(['folder'])
  })

  it('verifies and restores a backup of the list, or a file the file dialog returned, and nothing typed', async () => {
    const listed = (await app.call('backup/create', {})).file
    const planted = join(dir, 'firedesk-backup-planted.zip')
    copyFileSync(listed, planted)
    const s = shell({ file: planted })
    expect(await s.call('backup/verify', { file: listed })).toMatchObject({ ok: true })
    for (const name of ['backup/verify', 'backup/restore']) {
      expect(await s.call(name, { file: planted })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '备份文件须从备份列表中选择，或用“选择备份文件”选取，不能直接输入路径' } })
      expect(await s.call(name, { file: join(data, 'backups', '..', '..', 'firedesk-backup-planted.zip') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    symlinkSync(planted, join(data, 'backups', 'firedesk-backup-20990101-000000-manual.zip'))
    expect(await s.call('backup/verify', { file: join(data, 'backups', 'firedesk-backup-20990101-000000-manual.zip') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(existsSync(join(data, 'backups'))).toBe(true)
    expect(await s.call('shell/pickBackupFile', {})).toEqual({ ok: true, data: { path: planted } })
    expect(await s.call('backup/verify', { file: planted })).toMatchObject({ ok: true })
  })

  it('a cancelled dialog allows nothing', async () => {
    const s = shell({})
    expect(await s.call('shell/pickBackupFolder', {})).toEqual({ ok: true, data: { path: null } })
    expect(await s.call('shell/pickBackupFile', {})).toEqual({ ok: true, data: { path: null } })
    expect(await s.call('backup/restore', { file: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
