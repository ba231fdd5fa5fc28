import type { BackupInfo } from '../backup/schema'

export interface IntegrityReport {
  ok: boolean
  /** What to do, in Chinese, when the check failed. */
  advice: string | null
  newestBackup: BackupInfo | null
}

export interface StartupReport {
  integrity: IntegrityReport
  autoBackup: BackupInfo | null
}
