import type { BackupCreateArgs, BackupFileArgs, BackupInfo, BackupVerdict } from './schema'

export interface BackupContract {
  'backup/create': { args: BackupCreateArgs; result: BackupInfo }
  'backup/list': { args: Record<string, never>; result: BackupInfo[] }
  'backup/verify': { args: BackupFileArgs; result: BackupVerdict }
  'backup/restore': { args: BackupFileArgs; result: { restored: BackupVerdict; safetyBackup: BackupInfo } }
}
