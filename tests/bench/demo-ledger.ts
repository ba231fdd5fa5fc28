import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openApp } from '../../electron/core/app'
import { generateDemo } from '../../electron/core/demo/generate'

export const DEMO_SUBJECTS = 20_000
export const DEMO_CASES = 100_000

let made: string | undefined

/**
 * The data folder of the demo ledger (20 000 subjects, 100 000 cases, seed 1), generated the first
 * time a benchmark asks for it and shared by the others of the run (they only read it); removed
 * when the process ends.
 */
export function demoLedgerDir(): string {
  if (made !== undefined) return made
  // A ledger kept from an earlier run (FIREDESK_BENCH_LEDGER=<folder>) saves its generation when re-measuring one line.
  const kept = process.env.FIREDESK_BENCH_LEDGER
  if (kept !== undefined && existsSync(join(kept, 'firedesk.db'))) return (made = kept)
  if (kept !== undefined) mkdirSync(kept, { recursive: true })
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'firedesk-bench-demo-'))
  if (kept === undefined) process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  const app = openApp({ dataDir: dir })
  const t = performance.now()
  const r = generateDemo(app.ctx, { subjects: DEMO_SUBJECTS, cases: DEMO_CASES, seed: 1 })
  console.log(
    `demo: ${r.subjects} subjects, ${r.inspections} inspections, ${r.cases} cases, ${r.events} timeline events in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  )
  app.close()
  made = dir
  return dir
}
