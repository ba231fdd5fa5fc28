import { randomFillSync } from 'node:crypto'
import { monotonicFactory } from 'ulid'

/** Time and ids come from here so that tests can fix them. */
export interface Clock {
  /** ISO 8601 instant, e.g. 2024-03-05T08:30:00.000Z */
  now(): string
  /** The office's calendar day, local time, YYYY-MM-DD */
  today(): string
}

export type IdFactory = () => string

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => localDate(new Date()),
}

export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** A clock stuck at one instant; `set` moves it (tests, the demo generator). */
export function fixedClock(instant: string): Clock & { set(instant: string): void } {
  let current = new Date(instant)
  return {
    now: () => current.toISOString(),
    today: () => current.toISOString().slice(0, 10),
    set: (next: string) => {
      current = new Date(next)
    },
  }
}

/**
 * ulid's own generator asks the system for one random byte at a time, sixteen per id: an import
 * of 10 000 rows spent a tenth of its time there. The same system randomness, drawn 4 KB at once.
 */
function bufferedRandom(): () => number {
  const pool = new Uint8Array(4096)
  let used = pool.length
  return () => {
    if (used === pool.length) {
      randomFillSync(pool)
      used = 0
    }
    return (pool[used++] ?? 0) / 256
  }
}

export const ulidIds = (): IdFactory => {
  const next = monotonicFactory(bufferedRandom())
  return () => next()
}

/** Predictable ids for tests: prefix-000001, prefix-000002, … */
export const sequentialIds = (prefix = 'id'): IdFactory => {
  let n = 0
  return () => `${prefix}-${String(++n).padStart(6, '0')}`
}
