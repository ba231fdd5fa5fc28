import type { Ctx } from '../context'
import { pendingSql } from '../tasks/owing'
import * as repo from './repo'
import { calendarOf } from './rhythms'
import { standingOf } from './standing'
import type { CampaignFigures } from './types'


export type { CampaignFigures }

export const campaignFigureDefinitions: { term: string; text: string }[] = [
  { term: '专项行动', text: '统计期内进行的专项行动（开始日期不晚于期末，且未在期初前结束），已作废的不计。各项截至期末统计；期末晚于今天的，截至今天。' },
  { term: '到期任务', text: '有具体时限、时限在统计期内的任务（已作废的不计；按周期报送和长期坚持的任务不计）。' },
  { term: '已完成', text: '到期任务中，截至期末已销号，或全部责任单位（按现有名单：各村（社区）、各有关单位展开，已作废的单位不计）均已报完成且完成日期不晚于期末的；没有责任单位的任务（未指定责任单位）不算完成。' },
  { term: '逾期任务', text: '时限早于期末、截至期末仍未完成的任务，含以前各期到期的。' },
  { term: '应报', text: '报送截止日在统计期内且不晚于期末的各期，乘以应报单位（按现有名单）。' },
  { term: '已报 / 迟报', text: '截至期末收到、且不晚于迟报截止日的报送；其中晚于截止日的为迟报。' },
  { term: '漏报', text: '迟报截止日已过、截止日前未收到报送的（截止日后补报的仍计漏报）。' },
]

interface TaskRow {
  id: string
  deadline: string
  status: string
  closed_date: string | null
}

/** Done by `asOf`: struck off by then, or every owing unit's 已完成 dated on or before it (tasks/owing.ts). */
const DONE_BY = `(t.status = 'closed' AND t.closed_date <= @asOf) OR NOT ${pendingSql('t', '@asOf', '@asOf')}`

function taskFigures(ctx: Ctx, campaignId: string, from: string, asOf: string): CampaignFigures['tasks'] {
  const rows = ctx.db
    .prepare(
      `SELECT t.id, t.deadline, t.status, t.closed_date, (${DONE_BY}) AS done FROM tasks t
       WHERE t.campaign_id = @campaign AND t.voided_at IS NULL AND t.deadline IS NOT NULL AND t.deadline <= @asOf`,
    )
    .all({ campaign: campaignId, asOf }) as (TaskRow & { done: number })[]
  const inPeriod = rows.filter((t) => t.deadline >= from)
  return {
    due: inPeriod.length,
    done: inPeriod.filter((t) => t.done === 1).length,
    overdue: rows.filter((t) => t.deadline < asOf && t.done !== 1).length,
  }
}

function reportFigures(ctx: Ctx, campaignId: string, from: string, asOf: string): CampaignFigures['reports'] {
  const out = { owed: 0, received: 0, late: 0, missing: 0, outstanding: 0 }
  for (const r of repo.rhythmsOf(ctx.db, campaignId)) {
    const units = repo.owedUnits(ctx.db, r)
    const got = new Map(repo.receivedOf(ctx.db, r.id).filter((s) => s.received_date <= asOf).map((s) => [`${s.unit_id}|${s.period_key}`, s.received_date]))
    for (const p of calendarOf(r, asOf).periods.filter((q) => q.due >= from && q.due <= asOf)) {
      for (const u of units) {
        const s = standingOf(p, got.get(`${u.id}|${p.key}`) ?? null, asOf)
        out.owed++
        if (s === 'on_time' || s === 'late') out.received++
        if (s === 'late') out.late++
        else if (s === 'missing') out.missing++
        else if (s !== 'on_time') out.outstanding++
      }
    }
  }
  return out
}

export function campaignFigures(ctx: Ctx, campaignId: string, from: string, to: string): CampaignFigures {
  const today = ctx.clock.today()
  const asOf = to < today ? to : today
  const name = ctx.db.prepare('SELECT name FROM campaigns WHERE id = ?').pluck().get(campaignId) as string
  return { campaignId, campaignName: name, asOf, tasks: taskFigures(ctx, campaignId, from, asOf), reports: reportFigures(ctx, campaignId, from, asOf) }
}

/** Every campaign running in [from, to], oldest first. */
export function campaignsFigures(ctx: Ctx, from: string, to: string): CampaignFigures[] {
  const ids = ctx.db
    .prepare(
      `SELECT id FROM campaigns WHERE voided_at IS NULL AND start_date <= @to
        AND coalesce(closed_date, end_date, '9999-12-31') >= @from ORDER BY start_date, name`,
    )
    .pluck()
    .all({ from, to }) as string[]
  return ids.map((id) => campaignFigures(ctx, id, from, to))
}
