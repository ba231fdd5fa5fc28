import type { z } from 'zod'
import type { Ctx } from '../context'
import { notFound } from '../errors'
import * as reporting from '../reporting/repo'
import { calendarOf } from '../reporting/rhythms'
import { isOwed, standingOf } from '../reporting/standing'
import { loadSettings } from '../settings/service'
import { owingSql, unitDoneSql } from '../tasks/owing'
import { formulaText, rank, type RankingInput, type RankingWeights } from './formula'
import type { Ranking, rankingSchema } from './schema'

export function weightsOf(ctx: Ctx): RankingWeights {
  const s = loadSettings(ctx.db)
  return { visits: s.rankingWeightVisits, tasks: s.rankingWeightTasks, reports: s.rankingWeightReports, hazards: s.rankingWeightHazards, hazardCap: s.rankingHazardCap }
}

type Unit = { id: string; name: string; unitType: 'village' | 'department'; areaId: string | null }

/** Who is ranked: every live village, the campaign's units, and any unit owing one of its reports. */
function unitsOf(ctx: Ctx, campaignId: string): Unit[] {
  return ctx.db
    .prepare(
      `SELECT ru.id, ru.name, ru.unit_type AS unitType, ru.area_id AS areaId FROM responsible_units ru WHERE ru.voided_at IS NULL AND (
        ru.unit_type = 'village'
        OR ru.id IN (SELECT unit_id FROM campaign_units WHERE campaign_id = @c AND voided_at IS NULL)
        OR ru.id IN (SELECT u.unit_id FROM report_rhythm_units u JOIN report_rhythms r ON r.id = u.rhythm_id WHERE r.campaign_id = @c AND r.voided_at IS NULL AND u.voided_at IS NULL)
        OR ru.id IN (SELECT tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE t.campaign_id = @c AND t.voided_at IS NULL))
       ORDER BY ru.unit_type DESC, ru.sort_order, ru.name`,
    )
    .all({ c: campaignId }) as Unit[]
}

/** Each unit's task duties with a deadline in [from, asOf], and those done by the deadline. */
function taskDuties(ctx: Ctx, campaignId: string, from: string, asOf: string): Map<string, { owed: number; onTime: number }> {
  const rows = ctx.db
    .prepare(
      `WITH owing AS (SELECT DISTINCT task_id, unit_id FROM (${owingSql('t.campaign_id = @c AND t.voided_at IS NULL AND t.deadline BETWEEN @from AND @asOf')}))
       SELECT o.unit_id, count(*) AS owed, sum(${unitDoneSql('t', 'o.unit_id', 't.deadline', 't.deadline')}) AS onTime
       FROM owing o JOIN tasks t ON t.id = o.task_id GROUP BY o.unit_id`,
    )
    .all({ c: campaignId, from, asOf }) as { unit_id: string; owed: number; onTime: number }[]
  return new Map(rows.map((r) => [r.unit_id, { owed: r.owed, onTime: r.onTime }]))
}

/** Each unit's report periods due in [from, asOf) and how they stand at asOf. */
function reportDuties(ctx: Ctx, campaignId: string, from: string, asOf: string): Map<string, { owed: number; onTime: number; late: number }> {
  const out = new Map<string, { owed: number; onTime: number; late: number }>()
  for (const r of reporting.rhythmsOf(ctx.db, campaignId)) {
    const got = new Map(reporting.receivedOf(ctx.db, r.id).filter((s) => s.received_date <= asOf).map((s) => [`${s.unit_id}|${s.period_key}`, s.received_date]))
    const periods = calendarOf(r, asOf).periods.filter((p) => p.due >= from && isOwed(p, asOf))
    for (const u of reporting.owedUnits(ctx.db, r)) {
      const c = out.get(u.id) ?? { owed: 0, onTime: 0, late: 0 }
      for (const p of periods) {
        const s = standingOf(p, got.get(`${u.id}|${p.key}`) ?? null, asOf)
        c.owed++
        if (s === 'on_time') c.onTime++
        if (s === 'late') c.late++
      }
      out.set(u.id, c)
    }
  }
  return out
}

/**
 * The ranking of a campaign's villages and departments over [from, to] (the campaign's start to
 * today by default): visit scores, tasks on time, reports on time and open hazards, weighed as
 * the settings say. Open hazards are those open now in the village's area.
 */
export function ranking(ctx: Ctx, a: z.output<typeof rankingSchema>): Ranking {
  const c = ctx.db.prepare('SELECT name, start_date FROM campaigns WHERE id = ? AND voided_at IS NULL').get(a.campaignId) as { name: string; start_date: string } | undefined
  if (!c) throw notFound('专项行动', 'campaignId')
  const today = ctx.clock.today()
  const from = a.from ?? c.start_date
  const asOf = a.to !== undefined && a.to < today ? a.to : today
  const w = weightsOf(ctx)
  const visits = new Map(
    (
      ctx.db
        .prepare(
          `SELECT v.unit_id, count(DISTINCT v.id) AS visits, coalesce(sum(s.score), 0) AS points, coalesce(sum(s.max_points), 0) AS max
           FROM score_visits v JOIN score_visit_items s ON s.visit_id = v.id
           WHERE v.campaign_id = ? AND v.voided_at IS NULL AND v.visit_date BETWEEN ? AND ? GROUP BY v.unit_id`,
        )
        .all(a.campaignId, from, asOf) as { unit_id: string; visits: number; points: number; max: number }[]
    ).map((r) => [r.unit_id, r]),
  )
  const hazards = new Map(
    (ctx.db.prepare("SELECT area_id, count(*) AS n FROM cases WHERE status NOT IN ('closed', 'voided') GROUP BY area_id").all() as { area_id: string; n: number }[]).map((r) => [r.area_id, r.n]),
  )
  const tasks = taskDuties(ctx, a.campaignId, from, asOf)
  const reports = reportDuties(ctx, a.campaignId, from, asOf)
  const inputs: RankingInput[] = unitsOf(ctx, a.campaignId).map((u) => ({
    unitId: u.id,
    name: u.name,
    unitType: u.unitType,
    visitPoints: visits.get(u.id)?.points ?? 0,
    visitMax: visits.get(u.id)?.max ?? 0,
    visits: visits.get(u.id)?.visits ?? 0,
    tasksOwed: tasks.get(u.id)?.owed ?? 0,
    tasksOnTime: tasks.get(u.id)?.onTime ?? 0,
    reportsOwed: reports.get(u.id)?.owed ?? 0,
    reportsOnTime: reports.get(u.id)?.onTime ?? 0,
    reportsLate: reports.get(u.id)?.late ?? 0,
    openHazards: u.unitType === 'village' && u.areaId !== null ? (hazards.get(u.areaId) ?? 0) : null,
  }))
  return {
    campaignId: a.campaignId,
    campaignName: c.name,
    from,
    asOf,
    weights: w,
    formula: formulaText(w),
    villages: rank(inputs.filter((u) => u.unitType === 'village'), w),
    departments: rank(inputs.filter((u) => u.unitType === 'department'), w),
  }
}
