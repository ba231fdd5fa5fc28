import { performance } from 'node:perf_hooks'

export interface BenchResult {
  name: string
  /** Median milliseconds per run. */
  medianMs: number
  runs: number
  budgetMs: number
}

/** Runs `fn` a few times to warm up, then `runs` times, and reports the median. */
export async function measure(name: string, budgetMs: number, fn: (i: number) => unknown, runs = 30): Promise<BenchResult> {
  for (let i = 0; i < 3; i++) await fn(i)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn(i)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { name, medianMs: times[Math.floor(times.length / 2)] ?? NaN, runs, budgetMs }
}

export function report(results: readonly BenchResult[]): boolean {
  let allMet = true
  for (const r of results) {
    const met = r.medianMs <= r.budgetMs
    allMet &&= met
    console.log(`${met ? 'ok  ' : 'MISS'} ${r.name.padEnd(58)} median ${r.medianMs.toFixed(2).padStart(9)} ms  budget ${String(r.budgetMs).padStart(6)} ms  (${r.runs} runs)`)
  }
  return allMet
}
