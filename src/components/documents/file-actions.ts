import type { DocumentFile } from '../../../electron/core/documents/register/types'
import { call, isApiError } from '../../api'
import { saveBase64 } from '../transfer/files'

/*
 * Opening and saving an issued file: in the desktop app the shell opens it in WPS/Word or asks
 * where to save it; in a browser (the web harness answers UNKNOWN_HANDLER) the file is downloaded.
 */

export type FileTarget = { id: string } | { batchId: string }

const fileOf = (target: FileTarget): Promise<DocumentFile> =>
  'id' in target ? call('documents/file', { id: target.id }) : call('documents/batchFile', { batchId: target.batchId })

const noShell = (e: unknown): boolean => isApiError(e) && e.code === 'UNKNOWN_HANDLER'

/** The 发文稿纸 of a registered document: who drafted, checked and signed it, as recorded. */
export async function downloadSheet(documentId: string): Promise<string> {
  const file = await call('drafts/sheet', { documentId })
  saveBase64(file.fileName, file.base64)
  return file.fileName
}

/** A registered document comes with its 发文稿纸, the copy the office files; a batch's combined file alone. */
export async function download(target: FileTarget): Promise<string> {
  const file = await fileOf(target)
  saveBase64(file.fileName, file.base64)
  if (!('id' in target)) return file.fileName
  return `${file.fileName}、${await downloadSheet(target.id)}`
}

export type FileOutcome = { kind: 'opened' } | { kind: 'failed' } | { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'downloaded'; name: string }

/** 打开/打印: WPS or Word opens the file, where it can be printed. */
export async function openDocument(target: FileTarget): Promise<FileOutcome> {
  try {
    return (await call('shell/openDocument', target)).opened ? { kind: 'opened' } : { kind: 'failed' }
  } catch (e) {
    if (!noShell(e)) throw e
    return { kind: 'downloaded', name: await download(target) }
  }
}

/** 另存为: a copy where staff choose. */
export async function saveDocumentAs(target: FileTarget): Promise<FileOutcome> {
  try {
    const r = await call('shell/saveAs', target)
    return r.saved && r.path ? { kind: 'saved', path: r.path } : { kind: 'cancelled' }
  } catch (e) {
    if (!noShell(e)) throw e
    return { kind: 'downloaded', name: await download(target) }
  }
}
