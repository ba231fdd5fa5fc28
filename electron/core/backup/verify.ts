import { existsSync, mkdirSync, rmSync, statfsSync } from 'node:fs'
import { join } from 'node:path'
import type { Ctx } from '../context'
import { migrations } from '../db/migrations'
import { AppError } from '../errors'
import { limitsOf, MAX_INFLATE_RATIO, RATIO_FLOOR, type Limits } from '../safety/schema'
import { loadSettings } from '../settings/service'
import type { JobRun } from '../worker/control'
import { checkStagedDatabase } from './database-check'
import { EntryTooLarge, extractArchive, listArchive, readArchiveText, UnsafeEntry, type ArchiveEntry } from './archive'
import { checkStagedTemplates } from './staged-templates'
import { DATA_FOLDERS, DB_PART, MANIFEST, manifestSchema, type Manifest } from './manifest'
import type { BackupVerdict } from './schema'

const refuse = (message: string): AppError => new AppError('VALIDATION', message, 'file')

const MB = 1024 * 1024

/** Why a zip cannot be read, in words: a traversal name is named, anything else is damage. */
function unreadable(e: unknown): AppError {
  if (e instanceof UnsafeEntry) return refuse(`备份中有越出数据文件夹的路径「${e.entryName.slice(0, 120)}」，已拒绝，未作任何改动`)
  if (e instanceof Error && /invalid relative path|absolute path|invalid characters in fileName/.test(e.message)) {
    return refuse(`备份中有越出数据文件夹的路径（${e.message.slice(0, 120)}），已拒绝，未作任何改动`)
  }
  return refuse('备份文件已损坏或不完整（无法读取压缩包），未作任何改动')
}

/** Entry count, sizes and inflate ratios, from the archive's directory alone: nothing is inflated yet. */
function checkEntries(entries: readonly ArchiveEntry[], limits: Limits): void {
  if (entries.length > limits.maxBackupEntries) throw refuse(`备份文件有 ${entries.length} 个条目，超过上限 ${limits.maxBackupEntries}，已拒绝，未作任何改动`)
  const seen = new Set<string>()
  let total = 0
  for (const e of entries) {
    if (seen.has(e.path)) throw refuse(`备份中「${e.path}」出现了两次，已拒绝，未作任何改动`)
    seen.add(e.path)
    total += e.size
    if (e.size > RATIO_FLOOR && e.size > e.compressedSize * MAX_INFLATE_RATIO) {
      throw refuse(`备份中「${e.path}」解压后膨胀超过 ${MAX_INFLATE_RATIO} 倍（疑似压缩炸弹），已拒绝，未作任何改动`)
    }
  }
  if (total > limits.maxBackupUnpackedMb * MB) {
    throw refuse(`备份解压后共 ${Math.ceil(total / MB)} MB，超过上限 ${limits.maxBackupUnpackedMb} MB，已拒绝，未作任何改动`)
  }
}

async function readManifest(file: string, limits: Limits): Promise<{ manifest: Manifest; entries: ArchiveEntry[] }> {
  if (!existsSync(file)) throw refuse('找不到备份文件')
  let entries: ArchiveEntry[]
  let text: string | null
  try {
    entries = await listArchive(file)
    checkEntries(entries, limits)
    text = await readArchiveText(file, MANIFEST, limits.maxManifestKb * 1024)
  } catch (e) {
    if (e instanceof AppError) throw e
    if (e instanceof EntryTooLarge) throw refuse(`备份清单有 ${Math.ceil(e.size / 1024)} KB，超过上限 ${limits.maxManifestKb} KB，已拒绝，未作任何改动`)
    throw unreadable(e)
  }
  if (text === null) throw refuse('这不是消安督办台的备份文件（缺少备份清单），未作任何改动')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw refuse('备份清单已损坏，未作任何改动')
  }
  const m = manifestSchema.safeParse(parsed)
  if (!m.success) throw refuse('这不是消安督办台的备份文件（备份清单无法识别），未作任何改动')
  const latest = migrations.reduce((max, x) => Math.max(max, x.version), 0)
  if (m.data.schemaVersion > latest) {
    throw new AppError('DB_TOO_NEW', `该备份由更新版本的消安督办台制作（数据结构版本 ${m.data.schemaVersion}），请先升级程序`, 'file')
  }
  return { manifest: m.data, entries }
}

/** Before extracting: every entry is a listed part of the declared size, in a folder a backup carries. */
function checkListing(m: Manifest, entries: readonly ArchiveEntry[]): void {
  const parts = new Map(m.parts.map((p) => [p.path, p]))
  if (!parts.has(DB_PART)) throw refuse('备份中没有数据库文件，未作任何改动')
  for (const p of m.parts) {
    if (p.path !== DB_PART && !DATA_FOLDERS.some((folder) => p.path.startsWith(`${folder}/`))) {
      throw refuse(`备份清单中的「${p.path.slice(0, 120)}」不属于任何数据文件夹，已拒绝，未作任何改动`)
    }
  }
  for (const e of entries) {
    if (e.path === MANIFEST) continue
    const part = parts.get(e.path)
    if (!part) throw refuse(`备份中有清单之外的文件「${e.path}」，已拒绝，未作任何改动`)
    if (part.size !== e.size) throw refuse(`备份已损坏：「${e.path}」的大小与清单不符，未作任何改动`)
  }
  const present = new Set(entries.map((e) => e.path))
  for (const p of m.parts) if (!present.has(p.path)) throw refuse(`备份不完整：缺少「${p.path}」，未作任何改动`)
}

function checkHashes(m: Manifest, hashes: Map<string, string>): void {
  for (const p of m.parts) {
    if (hashes.get(p.path) !== p.sha256) throw refuse(`备份已损坏：「${p.path}」的校验值不符，未作任何改动`)
  }
}

function checkFreeSpace(dir: string, entries: readonly ArchiveEntry[]): void {
  const need = entries.reduce((sum, e) => sum + e.size, 0)
  const fs = statfsSync(dir)
  const free = fs.bavail * fs.bsize
  if (need * 2 > free) throw refuse(`数据文件夹所在磁盘空间不足（需要约 ${Math.ceil((need * 2) / MB)} MB，可用 ${Math.floor(free / MB)} MB），未作任何改动`)
}

/**
 * Verifies a backup completely — archive within the caps, manifest ours, every part listed, of
 * its size and SHA-256, the database built by this program's migrations (older ones migrated in
 * the staging folder) — extracting it into `dir`. Throws before anything else is touched; a
 * cancel stops the extraction and removes what was extracted. A big backup runs on a worker
 * (service.ts), so this runs where it is called.
 */
export async function stageBackup(ctx: Ctx, file: string, dir: string, job: JobRun): Promise<{ dir: string; verdict: BackupVerdict }> {
  const settings = loadSettings(ctx.db)
  const limits = limitsOf(settings)
  const { manifest: m, entries } = await readManifest(file, limits)
  checkListing(m, entries)
  mkdirSync(dir, { recursive: true })
  try {
    checkFreeSpace(dir, entries)
    let hashes: Map<string, string>
    try {
      hashes = await extractArchive(file, dir, entries.reduce((sum, e) => sum + e.size, 0), job)
    } catch (e) {
      if (e instanceof AppError) throw e
      throw e instanceof UnsafeEntry ? unreadable(e) : refuse('备份文件已损坏或不完整（解压失败），未作任何改动')
    }
    checkHashes(m, hashes)
    await checkStagedTemplates(dir, settings)
    const dbFile = join(dir, DB_PART)
    job.check()
    checkStagedDatabase(dbFile, m.schemaVersion, ctx.clock.now)
    return { dir, verdict: { ok: true, file, createdAt: m.createdAt, schemaVersion: m.schemaVersion, counts: m.counts } }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true })
    throw e
  }
}
