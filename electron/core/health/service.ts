import { autoBackup, listBackups } from '../backup/service'
import type { IntegrityReport, StartupReport } from './schema'
import type { Ctx } from '../context'
import { demoPlace } from '../demo/place'
import { loadSettings } from '../settings/service'
import { formatDateZh } from '../dates'
import { closeInterruptedBatches } from '../documents/register/batch-recover'

/** SQLite's quick_check: seconds on a large file, enough to catch a damaged one at start. */
export async function checkIntegrity(ctx: Ctx): Promise<IntegrityReport> {
  const result = ctx.db.pragma('quick_check', { simple: true })
  if (result === 'ok') return { ok: true, advice: null, newestBackup: null }
  const newest = ctx.dataDir === null ? null : ((await listBackups(ctx))[0] ?? null)
  const advice = newest
    ? `数据文件检查未通过，可能已损坏。请不要继续录入，到「设置 → 备份与恢复」从最近的备份（${formatDateZh(newest.createdAt.slice(0, 10))}制作）恢复；恢复前程序会先另存一份当前数据。`
    : '数据文件检查未通过，可能已损坏，且没有找到备份。请不要继续录入，关闭程序后把数据文件夹整个复制一份，并联系维护人员。'
  return { ok: false, advice, newestBackup: newest }
}

/**
 * What the app does once when it starts: check the file, close batches cut short, then make today's
 * backup if due — of the office's data, not of the example (which may be deleted by hand meanwhile).
 */
export async function startup(ctx: Ctx): Promise<StartupReport> {
  const integrity = await checkIntegrity(ctx)
  const interruptedBatches = integrity.ok ? closeInterruptedBatches(ctx) : []
  const backup = integrity.ok && ctx.dataDir !== null && !demoPlace(ctx).active ? await autoBackup(ctx, loadSettings(ctx.db).autoBackupKeep) : null
  return { integrity, interruptedBatches, autoBackup: backup }
}
