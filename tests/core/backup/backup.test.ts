import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PizZip from 'pizzip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock } from '../../../electron/core/clock'
import { autoBackup } from '../../../electron/core/backup/service'
import { errorOf } from '../helpers'

let dir: string
let app: FiredeskApp
let clock: ReturnType<typeof fixedClock>

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-backup-'))
  clock = fixedClock('2024-03-05T01:30:00.000Z')
  app = openApp({ dataDir: join(dir, 'data'), clock, logError: () => {} })
  const area = await app.call('areas/create', { name: '长江村' })
  for (const name of ['鑫达五金店', '宏盛电器厂', '好运来小吃店']) await app.call('subjects/create', { name, kindId: 'sk01', areaId: area.id })
  mkdirSync(join(dir, 'data', 'attachments', 'ab'), { recursive: true })
  writeFileSync(join(dir, 'data', 'attachments', 'ab', 'cdef.jpg'), Buffer.from('photo-before'))
})
afterEach(() => {
  app.close()
  rmSync(dir, { recursive: true, force: true })
})

const snapshot = (a: FiredeskApp) => ({
  subjects: a.ctx.db.prepare('SELECT * FROM subjects ORDER BY id').all(),
  areas: a.ctx.db.prepare('SELECT * FROM areas ORDER BY id').all(),
  audit: a.ctx.db.prepare('SELECT * FROM audit_log ORDER BY seq').all(),
})

describe('backup and restore', () => {
  it('round trip: backup → change → restore gives back exactly the old data and files', async () => {
    const before = snapshot(app)
    const usb = join(dir, 'usb')
    mkdirSync(usb)
    const b = await app.call('backup/create', { dir: usb })
    expect(b.counts).toMatchObject({ areas: 1, subjects: 3 })
    expect(b.file.startsWith(usb)).toBe(true)

    const first = (before.subjects[0] as { id: string }).id
    await app.call('subjects/update', { id: first, name: '改过的名字' })
    await app.call('subjects/create', { name: '新增单位', kindId: 'sk02', areaId: (before.areas[0] as { id: string }).id })
    writeFileSync(join(dir, 'data', 'attachments', 'ab', 'cdef.jpg'), Buffer.from('overwritten'))
    writeFileSync(join(dir, 'data', 'attachments', 'ab', 'new.jpg'), Buffer.from('new'))

    const r = await app.call('backup/restore', { file: b.file })
    expect(r.restored.counts).toMatchObject({ subjects: 3 })
    expect(r.safetyBackup.kind).toBe('before-restore')
    const after = snapshot(app)
    expect({ ...after, audit: after.audit.slice(0, -1) }).toEqual(before)
    expect(after.audit.at(-1)).toMatchObject({ action: 'restore', entity: 'backup', entity_id: b.file })
    expect(readFileSync(join(dir, 'data', 'attachments', 'ab', 'cdef.jpg'), 'utf8')).toBe('photo-before')
    expect(() => statSync(join(dir, 'data', 'attachments', 'ab', 'new.jpg'))).toThrow()
    expect((await app.call('subjects/list', {})).total).toBe(3)

    const undo = await app.call('backup/restore', { file: r.safetyBackup.file })
    expect(undo.restored.counts).toMatchObject({ subjects: 4 })
    expect((await app.call('subjects/list', { text: '改过的名字' })).total).toBe(1)
  })

  it('refuses a truncated backup and changes nothing', async () => {
    const b = await app.call('backup/create', {})
    truncateSync(b.file, Math.floor(statSync(b.file).size / 2))
    const before = snapshot(app)
    const e = await errorOf(app, 'backup/restore', { file: b.file })
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'file' })
    expect(e.message).toMatch(/损坏|不完整/)
    expect(snapshot(app)).toEqual(before)
  })

  it('refuses a backup whose part was altered, naming the part', async () => {
    const b = await app.call('backup/create', {})
    const zip = new PizZip(readFileSync(b.file))
    zip.file('attachments/ab/cdef.jpg', 'photo-AFTER!')
    writeFileSync(b.file, zip.generate({ type: 'nodebuffer' }))
    expect((await errorOf(app, 'backup/verify', { file: b.file })).message).toBe('备份已损坏：「attachments/ab/cdef.jpg」的校验值不符，未作任何改动')
  })

  it('refuses a foreign zip and a missing file', async () => {
    const foreign = join(dir, 'photos.zip')
    const zip = new PizZip()
    zip.file('a.txt', 'hello')
    writeFileSync(foreign, zip.generate({ type: 'nodebuffer' }))
    expect((await errorOf(app, 'backup/restore', { file: foreign })).message).toBe('这不是消安督办台的备份文件（缺少备份清单），未作任何改动')
    expect((await errorOf(app, 'backup/verify', { file: join(dir, 'nope.zip') })).message).toBe('找不到备份文件')
  })

  it('makes one automatic backup a day and keeps the newest N', async () => {
    for (const day of ['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-03', '2024-03-04']) {
      clock.set(`${day}T01:00:00.000Z`)
      await autoBackup(app.ctx, 3)
    }
    const list = await app.call('backup/list', {})
    expect(list.map((b) => b.createdAt.slice(0, 10))).toEqual(['2024-03-04', '2024-03-03', '2024-03-02'])
    expect(list.every((b) => b.kind === 'auto')).toBe(true)
  })
})
