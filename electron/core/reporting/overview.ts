import type { Ctx } from '../context'
import * as repo from './repo'
import { calendarOf, liveRhythmRow, toRhythm } from './rhythms'
import type { OverviewCell, ReportOverview } from './schema'
import { addStanding, emptyCounts, standingOf } from './standing'

/**
 * Units × periods of one rhythm: where each unit stands for each period, the submission behind
 * each cell, and counts per period, per unit and overall. One read of the rhythm's submissions;
 * the periods are computed, so 60 units × 52 weeks is a few thousand comparisons.
 */
export function overview(ctx: Ctx, rhythmId: string): ReportOverview {
  const row = liveRhythmRow(ctx, rhythmId)
  const today = ctx.clock.today()
  const rhythm = toRhythm(ctx.db, row)
  const { periods } = calendarOf(row, today)
  const got = new Map<string, { id: string; received: string }>()
  for (const s of repo.receivedOf(ctx.db, rhythmId)) got.set(`${s.unit_id}|${s.period_key}`, { id: s.id, received: s.received_date })
  const reminders = new Map<string, number>()
  for (const r of repo.remindersOf(ctx.db, rhythmId)) reminders.set(r.period_key, (reminders.get(r.period_key) ?? 0) + 1)

  const periodRows = periods.map((p) => ({ ...p, counts: emptyCounts(), reminders: reminders.get(p.key) ?? 0 }))
  const totals = emptyCounts()
  const units = rhythm.owedUnits.map((u) => ({ ...u, counts: emptyCounts() }))
  const cells: OverviewCell[][] = units.map((u) =>
    periodRows.map((p) => {
      const s = got.get(`${u.id}|${p.key}`)
      const standing = standingOf(p, s?.received ?? null, today)
      addStanding(p.counts, standing)
      addStanding(u.counts, standing)
      addStanding(totals, standing)
      return { standing, submissionId: s?.id ?? null, receivedDate: s?.received ?? null }
    }),
  )
  const current = periods.find((p) => p.start <= today && today <= p.end) ?? periods.filter((p) => p.start <= today).at(-1) ?? periods[0]
  return { rhythm, today, periods: periodRows, units, cells, totals, currentKey: current?.key ?? null }
}
