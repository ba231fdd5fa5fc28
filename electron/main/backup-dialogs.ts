import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron'
import type { BackupPickerDeps } from './backup-paths'

async function pickOne(options: OpenDialogOptions): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow()
  const r = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return r.canceled ? null : (r.filePaths[0] ?? null)
}

/** The OS dialogs behind 选择… on the backup page: the only source of a backup folder or file outside backups/. */
export const backupDialogs: BackupPickerDeps = {
  pickFolder: () => pickOne({ title: '选择备份位置', properties: ['openDirectory', 'createDirectory'] }),
  pickFile: () => pickOne({ title: '选择备份文件', properties: ['openFile'], filters: [{ name: '消安督办台备份', extensions: ['zip'] }] }),
}
