import { useMessage } from 'naive-ui'
import { onBeforeUnmount, ref } from 'vue'
import type { BackupInfo, BackupProgress, BackupVerdict } from '../../../electron/core/backup/schema'
import { call, messageOf, on, uploadBackup } from '../../api'
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
  /** How far the running job is, as the core tells it; null when none runs or it told nothing yet. */
  const progress = ref<BackupProgress | null>(null)
  const cancelling = ref(false)
  onBeforeUnmount(on('backup/progress', (p) => (progress.value = p as BackupProgress)))

  /**
   * Runs one job: busy while it runs and its progress shown from the start (取消 is there before the
   * first figure arrives), its error or the cancel told by toast; null when it did not finish.
   */
  async function running<T>(what: string, task: BackupProgress['task'], job: () => Promise<T>, errorMs?: number): Promise<T | null> {
    busy.value = what
    progress.value = { task, stage: task === 'create' ? 'pack' : 'check', done: 0, total: 0 }
    try {
      return await job()
    } catch (e) {
      if (cancelling.value) toast.info(t('backup.cancelled'))
      else toast.error(messageOf(e), errorMs === undefined ? {} : { duration: errorMs })
      return null
    } finally {
      busy.value = null
      progress.value = null
      cancelling.value = false
    }
  }

  /** Stops the running job; the core removes what it had made. */
  async function cancel(): Promise<void> {
    cancelling.value = true
    try {
      await call('backup/cancel', {})
    } catch (e) {
      cancelling.value = false
      toast.error(messageOf(e))
    }
  }

  function create(dir?: string): Promise<BackupInfo | null> {
    return running(dir === undefined ? 'create' : 'createTo', 'create', async () => {
      const made = await call('backup/create', dir === undefined ? {} : { dir })
      toast.success(t('backup.created', { file: made.file }))
      if (made.cleaned) toast.info(t('backup.cleaned', { files: made.cleaned.join('、') }), { duration: 8000 })
      if (dir === undefined) await reload()
      else madeElsewhere.value = made
      return made
    })
  }

  /** Reads the whole file and checks every part against its manifest; null when it is refused. */
  function verify(file: string, quiet = false): Promise<BackupVerdict | null> {
    return running(
      file,
      'verify',
      async () => {
        const verdict = await call('backup/verify', { file })
        if (!quiet) toast.success(t('backup.verified', { date: formatDateTime(verdict.createdAt), counts: countsText(verdict.counts) }), { duration: 5000 })
        return verdict
      },
      8000,
    )
  }

  /** Replaces the current data; the stores are read again so every page shows the restored data. */
  async function restore(file: string): Promise<void> {
    await running(
      file,
      'restore',
      async () => {
        lastRestore.value = await call('backup/restore', { file })
        await reloadStores()
        await reload()
      },
      8000,
    )
  }

  /** The browser mode's upload into the data folder's incoming area; answers the file to verify and restore. */
  async function upload(file: Blob): Promise<string | null> {
    busy.value = 'upload'
    try {
      return await uploadBackup(file)
    } catch (e) {
      toast.error(messageOf(e), { duration: 8000 })
      return null
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

  return { busy, progress, cancelling, madeElsewhere, lastRestore, create, verify, restore, cancel, pick, upload }
}
