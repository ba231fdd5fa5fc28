import { addDays } from '../dates'
import type { Ctx } from '../context'
import { isoWeekday } from './calendar'
import * as repo from './repo'
import { calendarOf } from './rhythms'
import type { DueReport } from './schema'
import { isChaseable, isReceived, standingOf } from './standing'

/**
 * The dashboard's reports: every period of an active campaign's rhythm that is due this week
 * (Monday to Sunday), or whose due day has passed with units still not in (up to its cut-off,
 * and the last missing period after it), with how many units owe it, have sent it, and have not.
 */
export function dueReports(ctx: Ctx): DueReport[] {
  const today = ctx.clock.today()
  const monday = addDays(today, 1 - isoWeekday(today))
  const sunday = addDays(monday, 6)
  const out: DueReport[] = []
  for (const r of repo.activeRhythms(ctx.db)) {
    const { periods } = calendarOf(r, today)
    const units = repo.owedUnits(ctx.db, r)
    if (units.length === 0) continue
    const got = new Map(repo.receivedOf(ctx.db, r.id).map((s) => [`${s.unit_id}|${s.period_key}`, s.received_date]))
    const lastPast = periods.filter((p) => p.cutoff < today).at(-1)
    for (const p of periods) {
      const thisWeek = p.due >= monday && p.due <= sunday
      const chasing = p.due < today && (p.cutoff >= today || p === lastPast)
      if (!thisWeek && !chasing) continue
      const standings = units.map((u) => standingOf(p, got.get(`${u.id}|${p.key}`) ?? null, today))
      const outstanding = standings.filter(isChaseable).length
      if (!thisWeek && outstanding === 0) continue
      out.push({
        rhythmId: r.id,
        rhythmName: r.name,
        campaignId: r.campaign_id,
        campaignName: r.campaign_name,
        periodKey: p.key,
        periodLabel: p.label,
        due: p.due,
        cutoff: p.cutoff,
        owed: units.length,
        received: standings.filter(isReceived).length,
        outstanding,
        missing: standings.filter((s) => s === 'missing').length,
      })
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.rhythmName.localeCompare(b.rhythmName, 'zh-CN'))
}
