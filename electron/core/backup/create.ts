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
  if (opts.dir !== undefined) checkTargetFolder(opts.dir)
  const dir = opts.file ? dirname(opts.file) : (opts.dir ?? backupsDir(dataDir))
  try {
    mkdirSync(dir, { recursive: true })
  } catch {
    throw new AppError('VALIDATION', `无法写入备份位置：${dir}`, 'dir')
  }
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
    return infoOf(target, manifest, opts.kind)
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
