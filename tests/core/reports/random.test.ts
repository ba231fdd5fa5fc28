import { describe, expect, it } from 'vitest'
import { quarterOf } from '../../../electron/core/reports/period'
import { testApp } from '../helpers'
import { expectSummaryMatchesLedger } from './check'

const shift = (iso: string, days: number): string => {
  const d = new Date(`${iso}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** A quarter and a from–to within the two years of demo data, drawn by a seeded generator (mulberry32). */
function periodsFor(seed: number, today: string) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const from = shift(today, -30 - Math.floor(next() * 600))
  return [{ quarter: quarterOf(shift(today, -Math.floor(next() * 700))) }, { from, to: shift(from, Math.floor(next() * 200)) }]
}

describe('reports/summary on generated ledgers', () => {
  it.each([1, 2, 3, 4, 5, 6])('matches the independent recomputation for seed %i, a quarter and a random period', async (seed) => {
    const today = `2024-0${(seed % 6) + 3}-1${seed}`
    const app = testApp(`${today}T02:00:00.000Z`)
    await app.call('demo/load', { subjects: 60, cases: 500, seed })
    const changes = app.ctx.db.prepare("SELECT count(*) FROM case_events WHERE action IN ('extend', 'recheckFailed')").pluck().get() as number
    expect(changes).toBeGreaterThan(0)
    for (const [i, period] of periodsFor(seed, today).entries()) {
      await expectSummaryMatchesLedger(app, await app.call('reports/summary', period), i === 0)
    }
  }, 30_000)
})
