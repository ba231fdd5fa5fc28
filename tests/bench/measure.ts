import { performance } from 'node:perf_hooks'

export interface BenchResult {
  name: string
  /** Median milliseconds per run. */
  medianMs: number
  runs: number
  budgetMs: number
  /**
   * Median CPU milliseconds of this process per run (user + system). On the shared machine other
   * processes stretch the wall time several times over; the CPU time is the work this code did.
   */
  cpuMs?: number
}

const cpuNow = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/** Wall and CPU milliseconds of one call, and what it gave. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ wallMs: number; cpuMs: number; value: T }> {
  const cpu = cpuNow()
  const t = performance.now()
  const value = await fn()
  return { wallMs: performance.now() - t, cpuMs: cpuNow() - cpu, value }
}

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/** Runs `fn` a few times to warm up, then `runs` times, and reports the median. */
export async function measure(name: string, budgetMs: number, fn: (i: number) => unknown, runs = 30): Promise<BenchResult> {
  for (let i = 0; i < 3; i++) await fn(i)
  const times: { wallMs: number; cpuMs: number }[] = []
  for (let i = 0; i < runs; i++) times.push(await timed(() => fn(i)))
  return { name, medianMs: median(times.map((t) => t.wallMs)), runs, budgetMs, cpuMs: median(times.map((t) => t.cpuMs)) }
}

export function report(results: readonly BenchResult[]): boolean {
  let allMet = true
  for (const r of results) {
    const met = r.medianMs <= r.budgetMs
    allMet &&= met
    const cpu = r.cpuMs === undefined ? '' : `  cpu ${r.cpuMs.toFixed(2).padStart(9)} ms`
    console.log(`${met ? 'ok  ' : 'MISS'} ${r.name.padEnd(58)} median ${r.medianMs.toFixed(2).padStart(9)} ms${cpu}  budget ${String(r.budgetMs).padStart(6)} ms  (${r.runs} runs)`)
  }
  return allMet
}
