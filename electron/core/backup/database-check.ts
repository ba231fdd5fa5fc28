import { checksum, migrate } from '../db/migrate'
import type { Migration } from '../db/migration'
import { migrations } from '../db/migrations'
import { openDb, type Db } from '../db/open'
import { AppError } from '../errors'
import { unsafeReason } from '../safety/confine'

/*
 * A backup is outside input: its manifest's hashes only prove the parts belong together, not
 * that the database is one this program wrote. Before anything is swapped, the staged database
 * is compared with a fresh one built by our own migrations — history, user_version and every
 * line of sqlite_master — so a foreign trigger, a dropped unique index or an edited history is
 * refused, and its stored paths must stay inside the data folder.
 */

const refuse = (message: string): AppError => new AppError('VALIDATION', `${message}，未作任何改动`, 'file')

interface SchemaRow {
  type: string
  name: string
  tbl_name: string
  sql: string | null
}

const KIND: Record<string, string> = { table: '表', index: '索引', trigger: '触发器', view: '视图' }

/** Statistics tables appear after ANALYZE / PRAGMA optimize: data about the data, not schema. */
const isStatistics = (name: string): boolean => /^sqlite_stat\d$/.test(name)

function schemaOf(db: Db): Map<string, SchemaRow> {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as SchemaRow[]
  return new Map(rows.filter((r) => !isStatistics(r.name)).map((r) => [`${r.type}\u0000${r.name}`, r]))
}

const fresh = new Map<number, { schema: Map<string, SchemaRow>; userVersion: number }>()

/** What our migrations up to `version` build in an empty database (cached: it never changes). */
function freshSchema(version: number): { schema: Map<string, SchemaRow>; userVersion: number } {
  let built = fresh.get(version)
  if (!built) {
    const db = openDb(':memory:')
    try {
      migrate(db, { now: () => '1970-01-01T00:00:00.000Z', list: migrations.filter((m) => m.version <= version) })
      built = { schema: schemaOf(db), userVersion: db.pragma('user_version', { simple: true }) as number }
    } finally {
      db.close()
    }
    fresh.set(version, built)
  }
  return built
}

function compareSchema(db: Db, version: number): void {
  const want = freshSchema(version)
  const userVersion = db.pragma('user_version', { simple: true }) as number
  if (userVersion !== want.userVersion) throw refuse(`备份数据库的 user_version 为 ${userVersion}，本程序应为 ${want.userVersion}`)
  const got = schemaOf(db)
  for (const [key, row] of got) {
    const expected = want.schema.get(key)
    const what = `${KIND[row.type] ?? row.type}「${row.name}」`
    if (!expected) throw refuse(`备份数据库中多出了${what}（不是本程序建立的）`)
    if (expected.sql !== row.sql || expected.tbl_name !== row.tbl_name) throw refuse(`备份数据库中${what}的定义与本程序不同`)
  }
  for (const [key, row] of want.schema) {
    if (!got.has(key)) throw refuse(`备份数据库缺少${KIND[row.type] ?? row.type}「${row.name}」`)
  }
}

interface HistoryRow {
  version: number
  name: string
  checksum: string
}

/** The backup's migration history must be exactly the first N of ours; answers N. */
function checkHistory(db: Db, list: readonly Migration[]): number {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get()
  if (!hasTable) throw refuse('备份数据库没有迁移记录（schema_migrations），不是本程序的数据文件')
  const rows = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as HistoryRow[]
  if (rows.length === 0) throw refuse('备份数据库的迁移记录为空')
  rows.forEach((row, i) => {
    const ours = list[i]
    if (!ours) {
      throw new AppError('DB_TOO_NEW', `该备份的数据结构版本 ${row.version}（${row.name}）比本程序新，请先升级程序，未作任何改动`, 'file')
    }
    if (row.version !== ours.version) throw refuse(`备份数据库的迁移记录不连续：第 ${i + 1} 条是版本 ${row.version}，应为 ${ours.version}`)
    if (row.name !== ours.name || row.checksum !== checksum(ours.sql)) {
      throw refuse(`备份数据库的迁移记录与本程序不一致：版本 ${row.version}（${row.name}）的名称或校验值不同`)
    }
  })
  return rows[rows.length - 1]?.version ?? 0
}

function checkIntegrity(db: Db): void {
  const integrity = db.pragma('integrity_check', { simple: true })
  if (integrity !== 'ok') throw refuse('备份中的数据库未通过完整性检查')
  const orphan = db.pragma('foreign_key_check') as { table: string; parent: string }[]
  if (orphan[0]) throw refuse(`备份数据库未通过外键检查：表「${orphan[0].table}」有记录指向「${orphan[0].parent}」中不存在的记录`)
}

/** Stored paths (issued documents, batches' combined files) must be plain relative paths under documents/. */
function checkStoredPaths(db: Db): void {
  const rows = db
    .prepare(
      `SELECT '文书' AS what, number, file_path AS path FROM documents
       UNION ALL SELECT '批次合并文件', id, combined_path FROM document_batches WHERE combined_path IS NOT NULL`,
    )
    .all() as { what: string; number: string | null; path: string }[]
  for (const r of rows) {
    const why = unsafeReason(r.path) ?? (r.path.startsWith('documents/') ? null : '不在 documents 文件夹下')
    if (why !== null) throw refuse(`备份数据库中${r.what}${r.number ? `「${r.number}」` : ''}的文件路径「${r.path.slice(0, 120)}」不在数据文件夹内（${why}）`)
  }
}

/**
 * Checks the staged database `file` against this program, migrating an older one in place (the
 * staging folder, never the live data) and checking it again. `manifestVersion` is what the
 * backup's manifest claims; it must agree with the database.
 */
export function checkStagedDatabase(file: string, manifestVersion: number, now: () => string): void {
  let db: Db | undefined
  try {
    db = openDb(file, { readonly: true })
    const version = checkHistory(db, migrations)
    if (version !== manifestVersion) throw refuse(`备份清单写的数据结构版本是 ${manifestVersion}，而其中的数据库是 ${version}`)
    compareSchema(db, version)
    checkIntegrity(db)
    checkStoredPaths(db)
    db.close()
    db = undefined
    const latest = migrations[migrations.length - 1]?.version ?? 0
    if (version < latest) {
      db = openDb(file)
      migrate(db, { now })
      compareSchema(db, latest)
      checkIntegrity(db)
    }
  } catch (e) {
    if (e instanceof AppError) throw e
    throw refuse('备份中的数据库无法打开或读取')
  } finally {
    db?.close()
  }
}
