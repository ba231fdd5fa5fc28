import { copyFile } from 'node:fs/promises'
import { BrowserWindow, dialog } from 'electron'
import type { DocumentShellDeps } from './document-actions'
import { openPathSafely } from './safe-external'

/** The OS side of document actions: the one safe open function, the save dialog, a file copy. */
export const documentShell: DocumentShellDeps = {
  openFile: openPathSafely,
  async chooseSavePath(defaultName) {
    const options = { title: '另存为', defaultPath: defaultName, filters: [{ name: 'Word 文档', extensions: ['docx'] }] }
    const window = BrowserWindow.getFocusedWindow()
    const r = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return r.canceled || !r.filePath ? null : r.filePath
  },
  copyFile: (from, to) => copyFile(from, to),
}
