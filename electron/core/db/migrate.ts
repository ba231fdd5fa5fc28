import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, statSync } from 'node:fs'
import type { Db } from './open'
import { AppError } from '../errors'
import type { Migration } from './migration'
import { migrations as allMigrations } from './migrations'
import { notOurs, upgradeFailed } from './refusals'

export interface MigrationState {
  current: number
  latest: number
  pending: number[]
  applied: { version: number; name: string; checksum: string; appliedAt: string }[]
}

export const checksum = (sql: string): string => createHash('sha256').update(sql).digest('hex')

function ensureTable(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
}

/** Reads the file's migration history without writing to it: a file never migrated has none. */
export function migrationState(db: Db, list: readonly Migration[] = allMigrations): MigrationState {
  const hasHistory = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined
  const applied = hasHistory
    ? (db.prepare('SELECT version, name, checksum, applied_at AS appliedAt FROM schema_migrations ORDER BY version').all() as MigrationState['applied'])
    : []
  const current = applied.reduce((max, m) => Math.max(max, m.version), 0)
  const latest = list.reduce((max, m) => Math.max(max, m.version), 0)
  const done = new Set(applied.map((m) => m.version))
  return { current, latest, pending: list.filter((m) => !done.has(m.version)).map((m) => m.version), applied }
}

/** Refuses a file written by a newer FireDesk, or one whose history differs from ours. */
function verify(state: MigrationState, list: readonly Migration[]): void {
  if (state.current > state.latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `数据文件由更新版本的消安督办台创建（数据结构版本 ${state.current}，本程序只支持到 ${state.latest}）。请升级程序后再打开，数据未作任何改动。`,
    )
  }
  for (const a of state.applied) {
    const m = list.find((x) => x.version === a.version)
    if (!m || checksum(m.sql) !== a.checksum) {
      throw new AppError(
        'DB_CORRUPT',
        `数据文件的结构版本 ${a.version}（${a.name}）与本程序不一致，已拒绝打开以免损坏数据。`,
      )
    }
  }
}

const isEmpty = (db: Db): boolean =>
  (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations'").get() as { n: number }).n === 0

/** Tables without any history of our migrations: another program's file, or a crafted one. */
export const isForeign = (db: Db, state: MigrationState): boolean => state.applied.length === 0 && !isEmpty(db)

/**
 * Brings the file up to the latest schema. Before touching a non-empty file it takes a backup copy
 * beside it (`<file>.before-v<N>.bak`), so an upgrade that goes wrong can be undone by hand. The
 * pending migrations run in one transaction (each in its own savepoint): one that fails takes the
 * others back with it, so the file stays as the version that wrote it can open it.
 */
export function migrate(
  db: Db,
  opts: { file?: string; now: () => string; list?: readonly Migration[] },
): MigrationState {
  const list = opts.list ?? allMigrations
  const state = migrationState(db, list)
  verify(state, list)
  if (state.pending.length === 0) return state
  if (isForeign(db, state)) throw notOurs(opts.file)
  if (opts.file && existsSync(opts.file) && statSync(opts.file).size > 0 && !isEmpty(db)) {
    db.pragma('wal_checkpoint(TRUNCATE)')
    copyFileSync(opts.file, `${opts.file}.before-v${state.pending[0]}.bak`)
  }
  let running: Migration | undefined
  try {
    db.transaction(() => {
      ensureTable(db)
      const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)')
      for (const m of list.filter((x) => state.pending.includes(x.version))) {
        running = m
        db.transaction(() => {
          db.exec(m.sql)
          record.run(m.version, m.name, checksum(m.sql), opts.now())
        })()
      }
    })()
  } catch (e) {
    throw upgradeFailed(running, opts.file, e)
  }
  return migrationState(db, list)
}
