/**
 * The one place a path from the renderer becomes a path the core acts on. A page may ask to back
 * up into a folder or to verify or restore a file, but it may not name them: it names only what a
 * picker of this session returned (the OS dialog, answered by staff), or a backup the data
 * folder's own backups/ holds (the list the page shows). Any other path is refused before the
 * core sees it, so a compromised page cannot restore a planted file or write a backup anywhere.
 * Kept free of `electron` (the dialogs come in as `deps`) so tests drive it with a real core.
 */
import type { FiredeskApp } from '../core/app'
import { isListedBackup } from '../core/backup/stored'
import type { Envelope } from '../core/contract'

export interface BackupPickerDeps {
  /** the OS folder dialog; null when staff cancel */
  pickFolder(): Promise<string | null>
  /** the OS file dialog for a backup .zip; null when staff cancel */
  pickFile(): Promise<string | null>
}

const refused = (message: string): Envelope<never> => ({ ok: false, error: { code: 'FORBIDDEN', message } })

const argOf = (args: unknown, key: string): unknown => (typeof args === 'object' && args !== null ? (args as Record<string, unknown>)[key] : undefined)

export function withBackupPaths(next: Pick<FiredeskApp, 'invoke'>, dataDir: string, deps: BackupPickerDeps): Pick<FiredeskApp, 'invoke'> {
  const folders = new Set<string>()
  const files = new Set<string>()
  const pick = async (ask: () => Promise<string | null>, into: Set<string>): Promise<Envelope<{ path: string | null }>> => {
    const path = await ask()
    if (path !== null) into.add(path)
    return { ok: true, data: { path } }
  }
  return {
    async invoke(name, args) {
      if (name === 'shell/pickBackupFolder') return pick(deps.pickFolder, folders)
      if (name === 'shell/pickBackupFile') return pick(deps.pickFile, files)
      if (name === 'backup/create') {
        const dir = argOf(args, 'dir')
        if (dir !== undefined && !(typeof dir === 'string' && folders.has(dir))) return refused('备份位置须用“选择文件夹”选取，不能直接输入路径')
      }
      if (name === 'backup/verify' || name === 'backup/restore') {
        const file = argOf(args, 'file')
        const allowed = typeof file === 'string' && (files.has(file) || isListedBackup(dataDir, file))
        if (!allowed) return refused('备份文件须从备份列表中选择，或用“选择备份文件”选取，不能直接输入路径')
      }
      return next.invoke(name, args)
    },
  }
}
