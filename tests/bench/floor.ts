import type Database from 'better-sqlite3'
import type { BenchResult } from './measure'

/*
 * Floors under the headline figures (issue 15): absolute times swing by half on a shared machine,
 * so each figure is also measured against the least its work can cost, in the same run, and the
 * ratio printed as `ratio <figure>: <x.xx>× <floor> (<floor ms> ms)`.
 *
 * For a handler that reads the database, the floor is the plain SQL it ran, replayed directly
 * with better-sqlite3: the same statements with the same parameters, prepared once, rows fetched
 * and nothing else (no validation, no mapping to the contract's shapes).
 */

interface Call {
  readonly sql: string
  readonly method: 'all' | 'get' | 'iterate' | 'run'
  readonly args: unknown[]
  readonly pluck: boolean
  readonly raw: boolean
}

type Statement = Database.Statement<unknown[]>

/** The statements `fn` runs on `db`, in order (wrapping prepare while it runs). */
export async function recordSql(db: Database.Database, fn: () => Promise<unknown>): Promise<Call[]> {
  const calls: Call[] = []
  const prepare = db.prepare.bind(db)
  const wrapped = (sql: string): Statement => {
    const st = prepare(sql) as Statement
    const state = { pluck: false, raw: false }
    const pluck = st.pluck.bind(st)
    const raw = st.raw.bind(st)
    st.pluck = (on = true) => ((state.pluck = on), pluck(on))
    st.raw = (on = true) => ((state.raw = on), raw(on))
    for (const method of ['all', 'get', 'iterate', 'run'] as const) {
      const original = (st[method] as (...a: unknown[]) => unknown).bind(st)
      ;(st as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        calls.push({ sql, method, args, pluck: state.pluck, raw: state.raw })
        return original(...args)
      }
    }
    return st
  }
  db.prepare = wrapped as typeof db.prepare
  try {
    await fn()
  } finally {
    db.prepare = prepare as typeof db.prepare
  }
  return calls
}

/** Replays recorded reads (statements prepared once): the floor's work for one call. */
export function replayer(db: Database.Database, calls: readonly Call[]): () => void {
  const reads = calls.filter((c) => c.method !== 'run')
  const prepared = reads.map((c) => {
    const st = db.prepare(c.sql) as Statement
    if (c.pluck) st.pluck(true)
    if (c.raw) st.raw(true)
    return st
  })
  return () => {
    for (const [i, c] of reads.entries()) {
      const st = prepared[i]
      if (!st) continue
      if (c.method === 'iterate') for (const _row of st.iterate(...c.args)) void _row
      else if (c.method === 'get') st.get(...c.args)
      else st.all(...c.args)
    }
  }
}

/** The ratio of wall times, and of CPU times where both were measured (steadier on a shared machine). */
export function printRatio(figure: BenchResult, floorName: string, floor: BenchResult): void {
  console.log(`ratio ${figure.name}: ${(figure.medianMs / floor.medianMs).toFixed(2)}× ${floorName} (${floor.medianMs.toFixed(2)} ms)`)
  if (figure.cpuMs !== undefined && floor.cpuMs !== undefined) {
    console.log(`ratio ${figure.name} (cpu): ${(figure.cpuMs / floor.cpuMs).toFixed(2)}× ${floorName} (cpu ${floor.cpuMs.toFixed(2)} ms)`)
  }
}
