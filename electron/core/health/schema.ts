import type { BackupInfo } from '../backup/schema'
import type { InterruptedBatch } from '../documents/register/types'

export interface IntegrityReport {
  ok: boolean
  /** What to do, in Chinese, when the check failed. */
  advice: string | null
  newestBackup: BackupInfo | null
}

export interface StartupReport {
  integrity: IntegrityReport
  /** batches of letters the program stopped in the middle of, closed now with what they issued */
  interruptedBatches: InterruptedBatch[]
  autoBackup: BackupInfo | null
}
