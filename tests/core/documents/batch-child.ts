/**
 * A batch for the kill test: sends a warning letter to every unit of DATA_DIR and kills itself with
 * SIGKILL once KILL_AT letters are issued, as a closed window or a power cut would stop it.
 */
import { openApp } from '../../../electron/core/app'
import { fixedClock } from '../../../electron/core/clock'
import type { BatchProgress } from '../../../electron/core/documents/register/types'
import { T0 } from '../helpers'
import { letterData } from './register-helpers-data'

async function main(): Promise<void> {
  const [dataDir, killAt] = process.argv.slice(2)
  if (!dataDir || killAt === undefined) throw new Error('usage: batch-child DATA_DIR KILL_AT')
  const app = openApp({
    dataDir,
    clock: fixedClock(T0),
    onEvent: (event, payload) => {
      if (event === 'documents/batch' && (payload as BatchProgress).done === Number(killAt)) process.kill(process.pid, 'SIGKILL')
    },
  })
  const { recipient: _recipient, ...letter } = letterData()
  await app.call('documents/batch', { kind: 'warning_letter', filter: {}, data: letter, batchId: 'killed' })
  app.close()
}

void main()
