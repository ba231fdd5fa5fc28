import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { recoverRestore } from '../backup/swap'

/*
 * What a writer does with the data folder before it opens the database: finish or undo a restore
 * that was cut short, then remove what interrupted work left behind (staging folders of backups
 * and restores, half-written backups and temporary files) once it is older than a day — younger
 * ones may belong to a backup running beside us. Every removal is named in the log.
 */

const DAY_MS = 24 * 60 * 60 * 1000

/** Leftovers at the top of the data folder, in backups/, and temporary files under the data folders. */
function leftovers(dataDir: string): string[] {
  const found: string[] = []
  const top = (dir: string, test: RegExp): void => {
    if (!existsSync(dir)) return
    for (const name of readdirSync(dir)) if (test.test(name)) found.push(join(dir, name))
  }
  top(dataDir, /^\.(backup|restore|verify)-|^restore-journal\.json\.tmp$/)
  top(join(dataDir, 'backups'), /\.partial$/)
  // Backups the browser mode uploaded for a restore: kept a day for the verify and the restore.
  top(join(dataDir, 'incoming'), /^upload-/)
  for (const folder of ['documents', 'templates', 'attachments']) {
    const dir = join(dataDir, folder)
    if (!existsSync(dir)) continue
    for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (d.isFile() && d.name.endsWith('.tmp')) found.push(join(d.parentPath, d.name))
    }
  }
  return found
}

/** Runs the start-up steps for a writer holding the lock; answers the lines for the log. */
export function startUp(dataDir: string, now = Date.now()): string[] {
  if (!existsSync(dataDir)) return []
  const log: string[] = []
  const recovered = recoverRestore(dataDir)
  if (recovered === 'forward') log.push('上次从备份恢复时被中断，已按日志完成恢复')
  if (recovered === 'back') log.push('上次从备份恢复时被中断且备份内容不全，已撤回到恢复前的数据')
  for (const path of leftovers(dataDir)) {
    try {
      if (now - statSync(path).mtimeMs < DAY_MS) continue
      rmSync(path, { recursive: true, force: true })
      log.push(`已清理一天前遗留的临时文件：${relative(dataDir, path)}`)
    } catch {
      continue
    }
  }
  return log
}
