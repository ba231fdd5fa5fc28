import type { BackupCreateArgs, BackupFileArgs, BackupInfo, BackupVerdict } from './schema'

export interface BackupContract {
  'backup/create': { args: BackupCreateArgs; result: BackupInfo }
  'backup/list': { args: Record<string, never>; result: BackupInfo[] }
  'backup/verify': { args: BackupFileArgs; result: BackupVerdict }
  'backup/restore': { args: BackupFileArgs; result: { restored: BackupVerdict; safetyBackup: BackupInfo } }
  /** Stops the backup, verify or restore running (a restore until its swap begins): nothing is left of it. */
  'backup/cancel': { args: Record<string, never>; result: { cancelled: boolean } }
  /**
   * Answered by the desktop shell only (electron/main/backup-paths.ts): the OS dialog. There a
   * backup folder or file outside backups/ is accepted only as a picker returned it.
   */
  'shell/pickBackupFolder': { args: Record<string, never>; result: { path: string | null } }
  'shell/pickBackupFile': { args: Record<string, never>; result: { path: string | null } }
}
