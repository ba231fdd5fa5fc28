import { useMessage } from 'naive-ui'
import type { ExportFile } from '../../../electron/core/export/schema'
import { messageOf } from '../../api'
import { useSubmit } from '../../composables/useSubmit'
import { t } from '../../locales'
import { saveBase64 } from './files'

/** A file the core writes (an .xlsx, a .docx), handed to the save flow with what it holds said in a toast. */
export function useDownload(fetch: () => Promise<ExportFile>) {
  const toast = useMessage()
  const { busy, run } = useSubmit({ show: (e: unknown) => toast.error(messageOf(e)) })
  const download = () =>
    run(async () => {
      const file = await fetch()
      saveBase64(file.fileName, file.dataBase64)
      toast.success(t('transfer.exported', { n: file.rows, name: file.fileName }))
    })
  return { busy, download }
}
