import { useMessage } from 'naive-ui'
import type { ExportFile } from '../../../electron/core/export/schema'
import { call, messageOf } from '../../api'
import { useSubmit } from '../../composables/useSubmit'
import { t } from '../../locales'
import { saveBase64 } from './files'

/**
 * A file the core writes (an .xlsx, a .docx), handed to the save flow with what it holds said in a
 * toast. It is made on the core's worker, seconds for a whole ledger: `cancel` stops it (export/cancel).
 */
export function useDownload(fetch: () => Promise<ExportFile>) {
  const toast = useMessage()
  /** Set while a cancel is asked for: the refusal that follows is the cancel, not a failure. */
  let cancelling = false
  const { busy, run } = useSubmit({ show: (e: unknown) => (cancelling ? toast.info(t('transfer.exportCancelled')) : toast.error(messageOf(e))) })
  const download = () => {
    cancelling = false
    return run(async () => {
      const file = await fetch()
      saveBase64(file.fileName, file.dataBase64)
      toast.success(t('transfer.exported', { n: file.rows, name: file.fileName }))
    })
  }
  const cancel = async (): Promise<void> => {
    cancelling = true
    await call('export/cancel', {}).catch((e: unknown) => toast.error(messageOf(e)))
  }
  return { busy, download, cancel }
}
