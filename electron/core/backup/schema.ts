import { z } from 'zod'
import { requiredText } from '../validation'

export const backupCreateSchema = z.strictObject({
  /** A folder of the user's choice (a USB stick); default the data folder's backups/. */
  dir: requiredText('备份位置', 1000).optional(),
})
export const backupFileSchema = z.strictObject({ file: requiredText('备份文件', 1000) })

export type BackupCreateArgs = z.input<typeof backupCreateSchema>
export type BackupFileArgs = z.input<typeof backupFileSchema>

export type BackupKind = 'manual' | 'auto' | 'before-restore'

export interface BackupInfo {
  file: string
  fileName: string
  size: number
  kind: BackupKind
  createdAt: string
  schemaVersion: number
  counts: Record<string, number>
  /** Half-written backups older than a day removed from the chosen folder before this one was written. */
  cleaned?: string[]
}

export interface BackupVerdict {
  ok: true
  file: string
  createdAt: string
  schemaVersion: number
  counts: Record<string, number>
}

/** How far a backup, a verify or a restore is (event `backup/progress`): packing, checking, or swapping the data in. */
export interface BackupProgress {
  task: 'create' | 'verify' | 'restore'
  stage: 'pack' | 'check' | 'swap'
  /** bytes packed or extracted of all; the swap is one step */
  done: number
  total: number
}
