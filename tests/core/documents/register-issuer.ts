/**
 * A second FireDesk process on the same data folder, for the numbering test: issues `count`
 * warning letters one after another and prints their numbers as JSON.
 *   node --import tsx tests/core/documents/register-issuer.ts <dataDir> <count>
 */
import { openApp } from '../../../electron/core/app'
import { fixedClock, ulidIds } from '../../../electron/core/clock'
import { T0 } from '../helpers'
import { letterData } from './register-helpers-data'

async function main(dataDir: string, count: number): Promise<void> {
  const app = openApp({ dataDir, clock: fixedClock(T0), newId: ulidIds() })
  const numbers: (string | null)[] = []
  for (let i = 0; i < count; i++) {
    numbers.push((await app.call('documents/issue', { kind: 'warning_letter', data: letterData({ recipient: `子进程单位${i}` }) })).number)
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
  app.close()
  process.stdout.write(JSON.stringify(numbers))
}

const [dataDir, count] = process.argv.slice(2)
void main(dataDir ?? '', Number(count))
