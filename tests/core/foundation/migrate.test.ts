import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { checksum, migrate, migrationState } from '../../../electron/core/db/migrate'
import type { Migration } from '../../../electron/core/db/migration'
import { migrations } from '../../../electron/core/db/migrations'
import { openDb } from '../../../electron/core/db/open'
import { isAppError } from '../../../electron/core/errors'
import { DB_FILE } from '../../../electron/core/paths'

const now = () => '2024-03-05T01:30:00.000Z'
const dirs: string[] = []
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'firedesk-mig-'))
  dirs.push(d)
  return d
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

/** What `f` throws (fails the test when it does not throw). */
function thrown(f: () => unknown): Error {
  try {
    f()
  } catch (e) {
    return e as Error
  }
  throw new Error('expected an error')
}

const extra: Migration = { version: 99, name: '0099_test_extra', sql: 'CREATE TABLE extra (id TEXT PRIMARY KEY);' }

describe('opening the data file', () => {
  it('creates a fresh file in WAL mode with foreign keys on and every migration applied', () => {
    const dir = tempDir()
    const app = openApp({ dataDir: dir })
    const db = app.ctx.db
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    const state = migrationState(db)
    expect(state.current).toBe(state.latest)
    expect(state.pending).toEqual([])
    expect(state.applied.map((m) => m.checksum)).toEqual(migrations.map((m) => checksum(m.sql)))
    app.close()
    expect(existsSync(join(dir, DB_FILE))).toBe(true)
  })

  it('upgrades an existing file, backing it up first, and keeps its data', () => {
    const dir = tempDir()
    const file = join(dir, DB_FILE)
    const db = openDb(file)
    migrate(db, { file, now })
    db.prepare(
      `INSERT INTO areas (id, name, area_type, created_at, created_by, updated_at, updated_by) VALUES ('a1', '长江村', 'village', ?, 'x', ?, 'x')`,
    ).run(now(), now())
    const state = migrate(db, { file, now, list: [...migrations, extra] })
    expect(state.current).toBe(99)
    expect(db.prepare('SELECT name FROM areas').pluck().get()).toBe('长江村')
    expect(readdirSync(dir)).toContain(`${DB_FILE}.before-v99.bak`)
    const backup = openDb(join(dir, `${DB_FILE}.before-v99.bak`), { readonly: true })
    expect(backup.prepare('SELECT name FROM areas').pluck().get()).toBe('长江村')
    expect(migrationState(backup).current).toBe(Math.max(...migrations.map((m) => m.version)))
    backup.close()
    db.close()
  })

  it('refuses a file made by a newer FireDesk, with a clear message, and changes nothing', () => {
    const dir = tempDir()
    const file = join(dir, DB_FILE)
    const newer = openDb(file)
    migrate(newer, { file, now, list: [...migrations, extra] })
    newer.close()
    const error = thrown(() => openApp({ dataDir: dir }))
    expect(isAppError(error) && error.code).toBe('DB_TOO_NEW')
    expect(error.message).toContain('更新版本')
    const check = openDb(file, { readonly: true })
    expect(migrationState(check, [...migrations, extra]).current).toBe(99)
    check.close()
  })

  it('refuses a file whose recorded migration differs from ours', () => {
    const db = openDb(':memory:')
    migrate(db, { now })
    db.prepare("UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1").run()
    expect(() => migrate(db, { now })).toThrow(/结构版本 1/)
  })

  it('takes a whole upgrade back when one of its migrations fails, and says which one in Chinese', () => {
    const dir = tempDir()
    const file = join(dir, DB_FILE)
    const db = openDb(file)
    migrate(db, { file, now })
    const fine: Migration = { version: 97, name: '0097_fine', sql: 'CREATE TABLE fine (id TEXT);' }
    const broken: Migration = { version: 98, name: '0098_broken', sql: 'CREATE TABLE half (id TEXT); INSERT INTO nowhere VALUES (1);' }
    const error = thrown(() => migrate(db, { file, now, list: [...migrations, fine, broken] }))
    expect(isAppError(error) && error.code).toBe('DB_CORRUPT')
    expect(error.message).toContain(`升级数据文件（${file}）时第 98 步（0098_broken）未能完成，整个升级已撤回，数据文件未作任何改动`)
    expect(error.message).toContain('从最近的备份恢复')
    expect(error.message).not.toMatch(/no such table|nowhere/)
    expect((error.cause as Error).message).toContain('no such table: nowhere')
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('fine', 'half')").pluck().get()).toBe(0)
    expect(migrationState(db, [...migrations, fine, broken]).pending).toEqual([97, 98])
    db.close()
  })
})

describe('a file that is not a FireDesk data file', () => {
  const refusal = (prepare: (file: string) => void) => {
    const dir = tempDir()
    const file = join(dir, DB_FILE)
    prepare(file)
    const before = readFileSync(file)
    const error = thrown(() => openApp({ dataDir: dir }))
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual([DB_FILE])
    expect(isAppError(error) && error.code).toBe('DB_CORRUPT')
    return error.message
  }

  it('is refused, untouched, when SQLite cannot read it', () => {
    const message = refusal((file) => writeFileSync(file, Buffer.alloc(8192, 0x5a)))
    expect(message).toContain('已损坏或不是数据库文件，无法打开，未作任何改动')
    expect(message).not.toContain('not a database')
  })

  it('is refused, untouched, when it holds tables but no history of our migrations', () => {
    const message = refusal((file) => {
      const other = openDb(file, { walLater: true })
      other.exec('CREATE TABLE subjects (name TEXT)')
      other.close()
    })
    expect(message).toContain('不是消安督办台的数据文件')
    expect(message).not.toContain('already exists')
  })
})
