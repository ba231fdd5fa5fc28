import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Ctx } from '../context'
import { migrationState } from '../db/migrate'
import { migrations } from '../db/migrations'
import { openDb } from '../db/open'
import { AppError } from '../errors'
import { extractArchive, listArchive, readArchiveText } from './archive'
import { DB_PART, MANIFEST, manifestSchema, type Manifest } from './manifest'
import type { BackupVerdict } from './schema'

const refuse = (message: string): AppError => new AppError('VALIDATION', message, 'file')

async function readManifest(file: string): Promise<Manifest> {
  if (!existsSync(file)) throw refuse('找不到备份文件')
  let text: string | null
  try {
    await listArchive(file)
    text = await readArchiveText(file, MANIFEST)
  } catch {
    throw refuse('备份文件已损坏或不完整（无法读取压缩包），未作任何改动')
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
  return m.data
}

function checkParts(m: Manifest, hashes: Map<string, string>): void {
  const listed = new Set(m.parts.map((p) => p.path))
  if (!listed.has(DB_PART)) throw refuse('备份中没有数据库文件，未作任何改动')
  for (const p of m.parts) {
    const got = hashes.get(p.path)
    if (got === undefined) throw refuse(`备份不完整：缺少「${p.path}」，未作任何改动`)
    if (got !== p.sha256) throw refuse(`备份已损坏：「${p.path}」的校验值不符，未作任何改动`)
  }
  for (const path of hashes.keys()) {
    if (path !== MANIFEST && !listed.has(path)) throw refuse(`备份中有清单之外的文件「${path}」，已拒绝`)
  }
}

function checkDatabase(file: string): void {
  let db
  try {
    db = openDb(file, { readonly: true })
    const result = db.pragma('integrity_check', { simple: true })
    if (result !== 'ok') throw refuse('备份中的数据库未通过完整性检查，未作任何改动')
    migrationState(db)
  } catch (e) {
    if (e instanceof AppError) throw e
    throw refuse('备份中的数据库无法打开，未作任何改动')
  } finally {
    db?.close()
  }
}

/**
 * Verifies a backup completely — archive readable, manifest ours, every part present with its
 * SHA-256, database intact — extracting it into `dir`. Throws before anything else is touched.
 */
export async function stageBackup(_ctx: Ctx, file: string, dir: string): Promise<{ dir: string; verdict: BackupVerdict }> {
  const m = await readManifest(file)
  mkdirSync(dir, { recursive: true })
  try {
    let hashes: Map<string, string>
    try {
      hashes = await extractArchive(file, dir)
    } catch {
      throw refuse('备份文件已损坏或不完整（解压失败），未作任何改动')
    }
    checkParts(m, hashes)
    checkDatabase(join(dir, DB_PART))
    return { dir, verdict: { ok: true, file, createdAt: m.createdAt, schemaVersion: m.schemaVersion, counts: m.counts } }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true })
    throw e
  }
}

export async function verifyBackup(ctx: Ctx, file: string, scratch: string): Promise<BackupVerdict> {
  const staged = await stageBackup(ctx, file, scratch)
  rmSync(staged.dir, { recursive: true, force: true })
  return staged.verdict
}
