import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openApp } from '../../electron/core/app'
import { bigLedger } from '../fixtures/import/ledger'
import type { BenchResult } from './measure'

const ROWS = 10_000
/** preview and commit together (issue 15) */
const BUDGET_MS = 3_000
const RUNS = 3

const AREAS = ['柳黄头村', '长江村', '象阳村', '吕庄村', '西岙村', '前街社区', '后街社区', '新光社区']

/** One import of the ledger into a fresh data folder on disk: preview, then commit, each timed. */
async function importOnce(dataBase64: string): Promise<{ preview: number; commit: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'firedesk-bench-import-'))
  const app = openApp({ dataDir: dir })
  try {
    for (const name of AREAS) await app.call('areas/create', { name })
    const args = { kind: 'cases' as const, fileName: '台账.xlsx', dataBase64 }
    let t = performance.now()
    const preview = await app.call('import/preview', args)
    const previewMs = performance.now() - t
    t = performance.now()
    const report = await app.call('import/commit', args)
    const commitMs = performance.now() - t
    if (preview.counts.create !== ROWS || report.created.cases !== ROWS) throw new Error(`expected ${ROWS} cases, got ${report.created.cases}`)
    return { preview: previewMs, commit: commitMs }
  } finally {
    app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/** `import/preview` + `import/commit` of a 10 000-row case ledger (2 000 units): < 10 s together. */
export async function bench(): Promise<BenchResult[]> {
  const dataBase64 = (await bigLedger(ROWS)).toString('base64')
  const runs: { preview: number; commit: number }[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await importOnce(dataBase64))
  const preview = median(runs.map((r) => r.preview))
  const commit = median(runs.map((r) => r.commit))
  return [
    { name: `import/preview ${ROWS} rows`, medianMs: preview, runs: RUNS, budgetMs: BUDGET_MS },
    { name: `import/commit ${ROWS} rows (2 000 new units)`, medianMs: commit, runs: RUNS, budgetMs: BUDGET_MS },
    { name: 'import preview + commit', medianMs: median(runs.map((r) => r.preview + r.commit)), runs: RUNS, budgetMs: BUDGET_MS },
  ]
}
