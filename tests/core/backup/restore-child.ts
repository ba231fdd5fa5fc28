/**
 * A restore for the kill test: restores BACKUP into DATA_DIR and kills itself with SIGKILL right
 * after the swap's step KILL_AT is recorded (step 0: the journal written, nothing renamed yet).
 */
import { openApp } from '../../../electron/core/app'
import { restoreBackup } from '../../../electron/core/backup/service'

async function main(): Promise<void> {
  const [dataDir, file, killAt] = process.argv.slice(2)
  if (!dataDir || !file || killAt === undefined) throw new Error('usage: restore-child DATA_DIR BACKUP KILL_AT')
  const app = openApp({ dataDir })
  await restoreBackup(app.ctx, file, {
    afterStep: (done, total) => {
      process.stdout.write(`step ${done}/${total}\n`)
      if (done === Number(killAt)) process.kill(process.pid, 'SIGKILL')
    },
  })
  app.close()
}

void main()
