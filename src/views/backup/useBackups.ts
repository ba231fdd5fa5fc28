import { useMessage } from 'naive-ui'
import { ref } from 'vue'
import type { BackupInfo, BackupVerdict } from '../../../electron/core/backup/schema'
import { call, messageOf } from '../../api'
import { t } from '../../locales'
import { countsText, formatDateTime } from './format'
import { reloadStores } from './reload'

/**
 * What the backup page does with the backups of the data folder; each call reports by toast, and
 * `reload` reads the list again after one was made or restored.
 */
export function useBackups(reload: () => Promise<void>) {
  const toast = useMessage()
  /** What is running: 'create', 'createTo', or the file being verified or restored. */
  const busy = ref<string | null>(null)
  /** The last backup made to a folder of the user's choice: it is not in the list, so it is shown. */
  const madeElsewhere = ref<BackupInfo | null>(null)
  /** What the last restore brought back and where the data it replaced was kept: worth keeping in view. */
  const lastRestore = ref<{ restored: BackupVerdict; safetyBackup: BackupInfo } | null>(null)

  async function create(dir?: string): Promise<BackupInfo | null> {
    busy.value = dir === undefined ? 'create' : 'createTo'
    try {
      const made = await call('backup/create', dir === undefined ? {} : { dir })
      toast.success(t('backup.created', { file: made.file }))
      if (dir === undefined) await reload()
      else madeElsewhere.value = made
      return made
    } catch (e) {
      toast.error(messageOf(e))
      return null
    } finally {
      busy.value = null
    }
  }

  /** Reads the whole file and checks every part against its manifest; null when it is refused. */
  async function verify(file: string, quiet = false): Promise<BackupVerdict | null> {
    busy.value = file
    try {
      const verdict = await call('backup/verify', { file })
      if (!quiet) toast.success(t('backup.verified', { date: formatDateTime(verdict.createdAt), counts: countsText(verdict.counts) }), { duration: 5000 })
      return verdict
    } catch (e) {
      toast.error(messageOf(e), { duration: 8000 })
      return null
    } finally {
      busy.value = null
    }
  }

  /** Replaces the current data; the stores are read again so every page shows the restored data. */
  async function restore(file: string): Promise<void> {
    busy.value = file
    try {
      lastRestore.value = await call('backup/restore', { file })
      await reloadStores()
      await reload()
    } catch (e) {
      toast.error(messageOf(e), { duration: 8000 })
    } finally {
      busy.value = null
    }
  }

  /** The desktop app's folder or file dialog (its shell takes no typed path); null when cancelled. */
  async function pick(name: 'shell/pickBackupFolder' | 'shell/pickBackupFile'): Promise<string | null> {
    try {
      return (await call(name, {})).path
    } catch (e) {
      toast.error(messageOf(e))
      return null
    }
  }

  return { busy, madeElsewhere, lastRestore, create, verify, restore, pick }
}
