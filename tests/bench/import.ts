import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../../electron/core/app'
import { bigLedger } from '../fixtures/import/ledger'
import { timed, type BenchResult } from './measure'

const ROWS = 10_000
/** preview and commit together (issue 15) */
const BUDGET_MS = 3_000
const RUNS = 3

const AREAS = ['柳黄头村', '长江村', '象阳村', '吕庄村', '西岙村', '前街社区', '后街社区', '新光社区']

interface Times {
  preview: number
  commit: number
  previewCpu: number
  commitCpu: number
}

/**
 * One import of the ledger into a fresh data folder on disk: preview, then commit, each timed in
 * wall and CPU time (the process's, so the import's worker thread counts too).
 */
async function importOnce(dataBase64: string): Promise<Times> {
  const dir = mkdtempSync(join(tmpdir(), 'firedesk-bench-import-'))
  const app = openApp({ dataDir: dir })
  try {
    for (const name of AREAS) await app.call('areas/create', { name })
    const args = { kind: 'cases' as const, fileName: '台账.xlsx', dataBase64 }
    const preview = await timed(() => app.call('import/preview', args))
    const commit = await timed(() => app.call('import/commit', args))
    if (preview.value.counts.create !== ROWS || commit.value.created.cases !== ROWS) throw new Error(`expected ${ROWS} cases, got ${commit.value.created.cases}`)
    return { preview: preview.wallMs, commit: commit.wallMs, previewCpu: preview.cpuMs, commitCpu: commit.cpuMs }
  } finally {
    app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/** `import/preview` + `import/commit` of a 10 000-row case ledger (2 000 units): < 10 s together. */
export async function bench(): Promise<BenchResult[]> {
  const dataBase64 = (await bigLedger(ROWS)).toString('base64')
  const runs: Times[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await importOnce(dataBase64))
  const line = (name: string, wall: (r: Times) => number, cpu: (r: Times) => number): BenchResult => ({
    name,
    medianMs: median(runs.map(wall)),
    cpuMs: median(runs.map(cpu)),
    runs: RUNS,
    budgetMs: BUDGET_MS,
  })
  return [
    line(`import/preview ${ROWS} rows`, (r) => r.preview, (r) => r.previewCpu),
    line(`import/commit ${ROWS} rows (2 000 new units)`, (r) => r.commit, (r) => r.commitCpu),
    line('import preview + commit', (r) => r.preview + r.commit, (r) => r.previewCpu + r.commitCpu),
  ]
}
