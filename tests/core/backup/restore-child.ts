/**
 * A restore for the kill test: restores BACKUP into DATA_DIR and kills itself with SIGKILL at
 * KILL_AT: a number is the swap's step, right after it is recorded (step 0: the journal written,
 * nothing renamed yet); `check` is while the backup is staged and checked, `pack` while the safety
 * backup of the current data is written — both before anything is swapped.
 */
import { openApp } from '../../../electron/core/app'
import type { BackupProgress } from '../../../electron/core/backup/schema'
import { restoreBackup } from '../../../electron/core/backup/service'

async function main(): Promise<void> {
  const [dataDir, file, killAt] = process.argv.slice(2)
  if (!dataDir || !file || killAt === undefined) throw new Error('usage: restore-child DATA_DIR BACKUP KILL_AT')
  const app = openApp({
    dataDir,
    onEvent: (event, payload) => {
      if (event === 'backup/progress' && (payload as BackupProgress).stage === killAt) process.kill(process.pid, 'SIGKILL')
    },
  })
  await restoreBackup(app.ctx, file, {
    afterStep: (done, total) => {
      process.stdout.write(`step ${done}/${total}\n`)
      if (done === Number(killAt)) process.kill(process.pid, 'SIGKILL')
    },
  })
  app.close()
}

void main()
