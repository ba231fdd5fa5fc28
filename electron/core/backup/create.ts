import { accessSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import type { Ctx } from '../context'
import { migrationState } from '../db/migrate'
import { openDb } from '../db/open'
import { AppError } from '../errors'
import { loadSettings } from '../settings/service'
import type { JobRun } from '../worker/control'
import { writeArchive } from './archive'
import { DATA_FOLDERS, DB_PART, FORMAT, MANIFEST, type Manifest } from './manifest'
import type { BackupInfo, BackupKind } from './schema'

/** Tables whose row counts the manifest records, so that a restore can say what it brings back. */
const COUNTED = ['areas', 'subjects', 'cases', 'documents', 'interviews', 'supervisions'] as const

export const backupsDir = (dataDir: string): string => join(dataDir, 'backups')

export function requireDataDir(ctx: Ctx): string {
  if (ctx.dataDir === null) throw new AppError('ILLEGAL_STATE', '内存数据库没有数据文件，无法备份或恢复')
  return ctx.dataDir
}

export function filesUnder(root: string): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort()
}

function countRows(dbFile: string): Record<string, number> {
  const db = openDb(dbFile, { readonly: true })
  try {
    const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[])
    return Object.fromEntries(COUNTED.filter((t) => present.has(t)).map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]))
  } finally {
    db.close()
  }
}

/** A folder chosen for a backup must be absolute, exist and take files: a relative or odd path is refused. */
export function checkTargetFolder(dir: string): void {
  const refuse = (why: string): AppError => new AppError('VALIDATION', `备份位置${why}：${dir.slice(0, 200)}`, 'dir')
  if (!isAbsolute(dir)) throw refuse('必须是完整的文件夹路径')
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw refuse('不存在或不是文件夹')
  try {
    accessSync(dir, constants.W_OK)
  } catch {
    throw refuse('不可写入')
  }
}

/** Flushes a finished file to the disk before it is renamed into place (a power cut keeps it whole). */
function syncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

const stampOf = (iso: string): string => iso.replace(/[-:]/g, '').replace('T', '-').slice(0, 15)

const DAY_MS = 24 * 60 * 60 * 1000

/** Only our own: a chosen folder (下载, a USB stick) may hold another program's unfinished 「….zip.partial」 download. */
const OWN_PARTIAL = /^firedesk-backup-[\w-]+\.zip\.partial$/

/**
 * Half-written backups (a USB stick pulled, the program killed) in a folder the user chose are
 * removed at the next backup to that folder, once older than a day: a younger one may be another
 * program's backup still running. Answers the names removed, for the log. The data folder's own
 * backups/ is cleaned at start-up instead (safety/startup.ts).
 */
function cleanPartials(dir: string, now: number): string[] {
  const removed: string[] = []
  for (const name of readdirSync(dir).filter((n) => OWN_PARTIAL.test(n))) {
    const file = join(dir, name)
    try {
      if (now - statSync(file).mtimeMs < DAY_MS) continue
      rmSync(file, { force: true })
      removed.push(name)
    } catch {
      continue
    }
  }
  return removed
}

export interface BackupTarget {
  /** A folder of the user's choice; default the data folder's backups/. */
  dir?: string
  /** An exact file (the command line). */
  file?: string
  kind: BackupKind
}

/**
 * One .zip with a consistent copy of the database (SQLite's online backup API, so the app keeps
 * running), the attachments, the templates in use, and a manifest with the SHA-256 of every part.
 * Written as .partial and renamed: a cancelled or failed backup leaves no file behind. Progress is
 * the bytes packed of all.
 */
export async function writeBackup(ctx: Ctx, opts: BackupTarget, job: JobRun): Promise<BackupInfo> {
  const dataDir = requireDataDir(ctx)
  const chosen = opts.file ? dirname(opts.file) : opts.dir
  if (chosen !== undefined) checkTargetFolder(chosen)
  const dir = chosen ?? backupsDir(dataDir)
  mkdirSync(dir, { recursive: true })
  const cleaned = chosen === undefined ? [] : cleanPartials(chosen, Date.now())
  const createdAt = ctx.clock.now()
  const target = opts.file ?? join(dir, `firedesk-backup-${stampOf(createdAt)}-${opts.kind}.zip`)
  const staging = join(dataDir, `.backup-${ctx.newId()}`)
  mkdirSync(staging)
  try {
    const dbCopy = join(staging, DB_PART)
    await ctx.db.backup(dbCopy, { progress: () => (job.check(), 1000) })
    const files: { path: string; file: string }[] = [{ path: DB_PART, file: dbCopy }]
    for (const folder of DATA_FOLDERS) {
      for (const f of filesUnder(join(dataDir, folder))) files.push({ path: `${folder}/${relative(join(dataDir, folder), f).split(sep).join('/')}`, file: f })
    }
    const described = {
      format: FORMAT,
      formatVersion: 1,
      createdAt,
      schemaVersion: migrationState(ctx.db).current,
      officeName: loadSettings(ctx.db).officeName,
      counts: countRows(dbCopy),
    } as const
    let manifest: Manifest | undefined
    await writeArchive(
      `${target}.partial`,
      files,
      (parts) => {
        manifest = { ...described, parts }
        return { path: MANIFEST, content: Buffer.from(JSON.stringify(manifest, null, 2)) }
      },
      job,
    )
    if (!manifest) throw new Error('the archive was written without its manifest')
    syncFile(`${target}.partial`)
    renameSync(`${target}.partial`, target)
    return { ...infoOf(target, manifest, opts.kind), ...(cleaned.length > 0 ? { cleaned } : {}) }
  } catch (e) {
    rmSync(`${target}.partial`, { force: true })
    throw e
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

export function infoOf(file: string, m: Manifest, kind: BackupKind): BackupInfo {
  return { file, fileName: file.split(/[\\/]/).pop() ?? file, size: statSync(file).size, kind, createdAt: m.createdAt, schemaVersion: m.schemaVersion, counts: m.counts }
}
