import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PizZip from 'pizzip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock } from '../../../electron/core/clock'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { openDb } from '../../../electron/core/db/open'
import { errorOf } from '../helpers'
import { craftBackup, folderState, renameEntry, type Craft } from './craft'

let dir: string
let data: string
let app: FiredeskApp
let genuine: string

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-distrust-'))
  data = join(dir, 'data')
  app = openApp({ dataDir: data, clock: fixedClock('2024-03-05T01:30:00.000Z'), logError: () => {} })
  const area = await app.call('areas/create', { name: '长江村' })
  await app.call('subjects/create', { name: '鑫达五金店', kindId: 'sk01', areaId: area.id })
  mkdirSync(join(dir, 'usb'))
  genuine = (await app.call('backup/create', { dir: join(dir, 'usb') })).file
  await app.call('subjects/create', { name: '宏盛电器厂', kindId: 'sk06', areaId: area.id })
})
afterEach(() => {
  app.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Restores a crafted backup: it must be refused with a message matching `message`, the folder untouched. */
async function refused(craft: Craft, message: RegExp, file = join(dir, 'crafted.zip')): Promise<void> {
  if (!existsSync(file)) craftBackup(genuine, file, craft)
  const before = folderState(data)
  const e = await errorOf(app, 'backup/restore', { file })
  expect(e.message).toMatch(message)
  expect(e.message).toContain('未作任何改动')
  expect(folderState(data)).toEqual(before)
  expect((await app.call('subjects/list', {})).total).toBe(2)
}

describe('restore distrusts the backup', () => {
  it('refuses a foreign trigger, naming it', async () => {
    await refused({ db: (db) => db.exec('CREATE TRIGGER wipe_audit AFTER INSERT ON subjects BEGIN DELETE FROM audit_log; END') }, /多出了触发器「wipe_audit」/)
  })

  it('refuses a dropped unique index (文号 could be issued twice)', async () => {
    await refused({ db: (db) => db.exec('DROP INDEX documents_number') }, /缺少索引「documents_number」/)
  })

  it('refuses an index made non-unique under the same name', async () => {
    await refused({ db: (db) => db.exec('DROP INDEX documents_number; CREATE INDEX documents_number ON documents (number)') }, /索引「documents_number」的定义与本程序不同/)
  })

  it('refuses an extra column and a view', async () => {
    await refused({ db: (db) => db.exec('ALTER TABLE subjects ADD COLUMN note TEXT') }, /表「subjects」的定义与本程序不同/)
    rmSync(join(dir, 'crafted.zip'))
    await refused({ db: (db) => db.exec('CREATE VIEW v AS SELECT 1') }, /多出了视图「v」/)
  })

  it('refuses a changed migration history and a manifest that disagrees with the database', async () => {
    await refused({ db: (db) => db.exec("UPDATE schema_migrations SET checksum = 'x' WHERE version = 2") }, /迁移记录与本程序不一致：版本 2/)
    rmSync(join(dir, 'crafted.zip'))
    await refused({ db: (db) => db.exec('DELETE FROM schema_migrations WHERE version = 1') }, /迁移记录不连续/)
    rmSync(join(dir, 'crafted.zip'))
    await refused({ manifest: (m) => void (m.schemaVersion = 1) }, /备份清单写的数据结构版本是 1/)
  })

  it('refuses a changed user_version and a broken foreign key', async () => {
    await refused({ db: (db) => db.pragma('user_version = 7') }, /user_version 为 7/)
    rmSync(join(dir, 'crafted.zip'))
    await refused({ db: (db) => db.exec("UPDATE subjects SET area_id = 'nowhere'") }, /外键检查：表「subjects」/)
  })

  it('refuses stored paths outside the data folder', async () => {
    const batch = (path: string) => (db: import('better-sqlite3').Database) =>
      db
        .prepare("INSERT INTO document_batches (id, kind, total, combined_path, created_at, created_by, updated_at, updated_by) VALUES ('b1', 'warning_letter', 1, ?, '', '', '', '')")
        .run(path)
    await refused({ db: batch('../../outside.docx') }, /批次合并文件「b1」的文件路径「..\/..\/outside.docx」不在数据文件夹内/)
    for (const path of ['/tmp/evil.docx', 'C:/Windows/evil.docx', 'documents\\..\\..\\x.docx', 'attachments/x.docx']) {
      rmSync(join(dir, 'crafted.zip'))
      await refused({ db: batch(path) }, /不在数据文件夹内/)
    }
  })

  it('refuses a zip bomb and unlisted entries before inflating them', async () => {
    await refused({ add: { 'attachments/zz/bomb.jpg': new Uint8Array(8 * 1024 * 1024) } }, /压缩炸弹/)
    rmSync(join(dir, 'crafted.zip'))
    await refused({ add: { 'attachments/zz/extra.jpg': new Uint8Array(10) }, unlisted: true }, /清单之外的文件/)
    rmSync(join(dir, 'crafted.zip'))
    await refused({ add: { 'elsewhere/extra.txt': new Uint8Array(10) } }, /不属于任何数据文件夹/)
  })

  it('refuses a template that is a zip bomb of its own, though the backup around it is small', async () => {
    const docx = new PizZip(readFileSync('templates/warning_letter.docx'))
    docx.file('word/pad.xml', '0'.repeat(4 * 1024 * 1024))
    const bomb = docx.generate({ type: 'nodebuffer', compression: 'DEFLATE' })
    await refused({ add: { 'templates/warning_letter.docx': bomb } }, /^备份中的模板「templates\/warning_letter\.docx」中的「word\/pad\.xml」解压后膨胀超过 200 倍/)
  })

  it('refuses entry names that leave the folder, writing nothing outside it', async () => {
    const file = join(dir, 'crafted.zip')
    craftBackup(genuine, file, { add: { 'documents/x/evil.txt': Buffer.from('pwned') } })
    renameEntry(file, 'documents/x/evil.txt', '../../../../evil.txt')
    await refused({}, /越出数据文件夹的路径/, file)
    expect(existsSync(join(data, '..', 'evil.txt'))).toBe(false)
    expect(existsSync(join(dir, '..', 'evil.txt'))).toBe(false)
  })

  it('migrates a backup from an older version in the staging folder, then restores it', async () => {
    const older = join(dir, 'older.db')
    const db = openDb(older)
    migrate(db, { now: () => '2024-01-01T00:00:00.000Z', list: migrations.slice(0, -1) })
    db.pragma('journal_mode = DELETE')
    db.close()
    const file = craftBackup(genuine, join(dir, 'older.zip'), { dbFile: older, manifest: (m) => void (m.schemaVersion = migrations.at(-2)?.version ?? 0) })
    const r = await app.call('backup/restore', { file })
    expect(r.restored.schemaVersion).toBe(migrations.at(-2)?.version)
    expect((await app.call('subjects/list', {})).total).toBe(0)
    expect(existsSync(join(data, `firedesk.db.before-v${migrations.at(-1)?.version}.bak`))).toBe(false)
  })

  it('restores the genuine backup (the control)', async () => {
    const r = await app.call('backup/restore', { file: genuine })
    expect(r.restored.counts).toMatchObject({ subjects: 1 })
    expect((await app.call('subjects/list', {})).total).toBe(1)
  })
})
