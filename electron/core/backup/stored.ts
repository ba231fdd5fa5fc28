import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { isInside } from '../safety/confine'
import { backupsDir } from './create'

/*
 * The backups a front may name without a picker: those the data folder's backups/ holds (the list
 * the page shows) and, in the browser mode, those uploaded into its incoming/ area. A path from a
 * page is checked against these before the core sees it (electron/main/backup-paths.ts,
 * electron/web/backup-files.ts).
 */

const BACKUP_NAME = /^firedesk-backup-[\w-]+\.zip$/
const UPLOAD_NAME = /^upload-[\w-]+\.zip$/

/** Where uploaded backups wait for their verify and restore; cleaned at start-up after a day. */
export const incomingDir = (dataDir: string): string => join(dataDir, 'incoming')

/** Whether `file` is a backup in the data folder's backups/, once links are followed. */
export const isListedBackup = (dataDir: string, file: string): boolean => BACKUP_NAME.test(basename(file)) && isInside(backupsDir(dataDir), file)

/** Whether `file` is a backup the browser uploaded into incoming/. */
export const isUploadedBackup = (dataDir: string, file: string): boolean => UPLOAD_NAME.test(basename(file)) && isInside(incomingDir(dataDir), file)

/** The file of a listed backup by its name (a download), or null when the name is not one. */
export function listedBackupFile(dataDir: string, fileName: string): string | null {
  const file = join(backupsDir(dataDir), fileName)
  return BACKUP_NAME.test(fileName) && existsSync(file) && isListedBackup(dataDir, file) ? file : null
}
