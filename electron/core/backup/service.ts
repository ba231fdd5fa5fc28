import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { audit } from '../audit'
import { DB_FILE } from '../paths'
import { inTx, type Ctx } from '../context'
import { runJob } from '../worker/run'
import { Running } from '../worker/running'
import { refuseWhileJobWrites } from '../worker/writer'
import { readArchiveText } from './archive'
import { backupsDir, filesUnder, infoOf, requireDataDir, type BackupTarget } from './create'
import { DATA_FOLDERS, MANIFEST, manifestSchema } from './manifest'
import type { BackupInfo, BackupKind, BackupProgress, BackupVerdict } from './schema'
import { JOURNAL, swapIn } from './swap'

export { backupsDir, requireDataDir }

/** Data (or a backup file) above this size is packed or checked on a worker: seconds the window would wait for. */
const OFF_THREAD_BYTES = 8 * 1024 * 1024

/** One backup, verify or restore at a time per data folder; `backup/cancel` stops it. */
const running = new Running({ refused: '正在备份或恢复，请等它完成或取消后再试' })

export const cancelBackupWork = (ctx: Ctx): { cancelled: boolean } => running.cancel(ctx.dataDir)

const sizeOf = (files: readonly string[]): number => files.reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0)

function dataSize(dataDir: string): number {
  const db = join(dataDir, DB_FILE)
  return sizeOf([db, `${db}-wal`, ...DATA_FOLDERS.flatMap((f) => filesUnder(join(dataDir, f)))])
}

const told = (ctx: Ctx, task: BackupProgress['task'], stage: BackupProgress['stage']) => (p: { done: number; total: number }) =>
  ctx.emit('backup/progress', { task, stage, ...p } satisfies BackupProgress)

function packed(ctx: Ctx, target: BackupTarget, task: BackupProgress['task'], signal: AbortSignal): Promise<BackupInfo> {
  const dataDir = requireDataDir(ctx)
  const offThread = dataSize(dataDir) > OFF_THREAD_BYTES
  return runJob('createBackup', target, { offThread, ctx, signal, onProgress: told(ctx, task, 'pack') })
}

function staged(ctx: Ctx, file: string, dir: string, task: BackupProgress['task'], signal: AbortSignal) {
  const offThread = existsSync(file) && statSync(file).size > OFF_THREAD_BYTES
  return runJob('stageBackup', { file, dir }, { offThread, ctx, signal, onProgress: told(ctx, task, 'check') })
}

/**
 * One .zip with a consistent copy of the database, the attachments, the templates in use, and a
 * manifest with the SHA-256 of every part (create.ts); big data is packed on a worker, with
 * progress as `backup/progress`, and `backup/cancel` leaves no file behind.
 */
export async function createBackup(ctx: Ctx, target: BackupTarget): Promise<BackupInfo> {
  const made = await running.run(ctx.dataDir, (signal) => packed(ctx, target, 'create', signal))
  // Named in the 操作日志 (the command line, which reads only, prints them itself).
  if (made.cleaned && !ctx.db.readonly) {
    const cleaned = made.cleaned
    inTx(ctx, () => audit(ctx, { action: 'cleanLeftovers', entity: 'backup', entityId: made.file, data: { folder: dirname(made.file), cleaned } }))
  }
  return made
}

/** Reads the whole backup and checks every part and the database, in a scratch folder removed afterwards. */
export function verifyBackup(ctx: Ctx, file: string): Promise<BackupVerdict> {
  const scratch = join(requireDataDir(ctx), `.verify-${ctx.newId()}`)
  return running.run(ctx.dataDir, async (signal) => {
    const s = await staged(ctx, file, scratch, 'verify', signal)
    rmSync(s.dir, { recursive: true, force: true })
    return s.verdict
  })
}

const kindOf = (fileName: string): BackupKind => (fileName.endsWith('-auto.zip') ? 'auto' : fileName.endsWith('-before-restore.zip') ? 'before-restore' : 'manual')

/** The backups in the data folder's backups/, newest first; unreadable files are left out. */
export async function listBackups(ctx: Ctx): Promise<BackupInfo[]> {
  const dir = backupsDir(requireDataDir(ctx))
  if (!existsSync(dir)) return []
  const out: BackupInfo[] = []
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.zip'))) {
    const file = join(dir, name)
    try {
      const m = manifestSchema.parse(JSON.parse((await readArchiveText(file, MANIFEST)) ?? 'null'))
      out.push(infoOf(file, m, kindOf(name)))
    } catch {
      continue
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** Makes today's automatic backup if there is none yet, and keeps only the newest `keep`. */
export async function autoBackup(ctx: Ctx, keep: number): Promise<BackupInfo | null> {
  const today = ctx.clock.today()
  const autos = (await listBackups(ctx)).filter((b) => b.kind === 'auto')
  const made = autos.some((b) => b.fileName.startsWith(`firedesk-backup-${today.replace(/-/g, '')}`)) ? null : await createBackup(ctx, { kind: 'auto' })
  const all = made ? [made, ...autos] : autos
  for (const old of all.slice(keep)) rmSync(old.file, { force: true })
  return made
}

/**
 * Replaces the current data with a verified backup. A safety backup of the current data is made
 * first; a damaged or foreign file is refused before anything changes; the swap is journalled
 * (swap.ts), so a restore cut short is finished or undone at the next start. It may be cancelled
 * until the swap begins; the swap itself is a few renames.
 */
export function restoreBackup(
  ctx: Ctx,
  file: string,
  opts: { afterStep?: (done: number, total: number) => void } = {},
): Promise<{ restored: BackupVerdict; safetyBackup: BackupInfo }> {
  const dataDir = requireDataDir(ctx)
  refuseWhileJobWrites(dataDir)
  const staging = `.restore-${ctx.newId()}`
  return running.run(dataDir, async (signal) => {
    const s = await staged(ctx, file, join(dataDir, staging), 'restore', signal)
    try {
      const safetyBackup = await packed(ctx, { kind: 'before-restore' }, 'restore', signal)
      told(ctx, 'restore', 'swap')({ done: 0, total: 1 })
      ctx.reopenWith((dbFile) => {
        for (const suffix of ['-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true })
        swapIn(dataDir, staging, opts.afterStep)
      })
      inTx(ctx, () => audit(ctx, { action: 'restore', entity: 'backup', entityId: file, data: { createdAt: s.verdict.createdAt, safetyBackup: safetyBackup.file } }))
      return { restored: s.verdict, safetyBackup }
    } finally {
      if (!existsSync(join(dataDir, JOURNAL))) rmSync(s.dir, { recursive: true, force: true })
    }
  })
}
