import type { Ctx } from '../context'
import { AppError } from '../errors'
import { campaignFigureDefinitions, campaignFigures, campaignsFigures } from '../reporting/campaign-figures'
import { countOf, caseCount, rate, tallies, type Tallies } from './counts'
import { definitions } from './definitions'
import { dimensionDefs } from './dimensions'
import { caseFigures } from './figures'
import { documentsIssued } from './figures/documents'
import { fieldworkFigures } from './figures/fieldwork'
import { interviewsHeld } from './figures/interviews'
import { monthCounts } from './months'
import { monthsOf, periodOf, previousPeriod, quarterRange } from './period'
import { count } from './repo'
import { dimensions, type Breakdown, type MonthRow, type Period, type PeriodFigures, type ReportSummary } from './schema'
import { reportSource } from './source'

export interface PeriodArgs {
  quarter?: string | undefined
  from?: string | undefined
  to?: string | undefined
  campaignId?: string | undefined
}

/** The campaign a summary is cut to, by name; a voided or unknown one is refused. */
function scopeOf(ctx: Ctx, campaignId: string | undefined): Pick<Period, 'campaignId' | 'campaignName'> {
  if (campaignId === undefined) return {}
  const name = ctx.db.prepare('SELECT name FROM campaigns WHERE id = ? AND voided_at IS NULL').pluck().get(campaignId) as string | undefined
  if (name === undefined) throw new AppError('NOT_FOUND', '所选专项行动不存在或已作废', 'campaignId')
  return { campaignId, campaignName: name }
}

/** The validated args (a quarter, or from and to, and maybe a campaign) as a period. */
export function resolvePeriod(ctx: Ctx, args: PeriodArgs): Period {
  const { from, to } = args.quarter !== undefined ? quarterRange(args.quarter) : { from: args.from ?? '', to: args.to ?? '' }
  return { ...periodOf(from, to), ...scopeOf(ctx, args.campaignId) }
}

function periodFigures(period: Period, t: Tallies): PeriodFigures {
  const n = (key: keyof Tallies) => caseCount(key, period, countOf(t, key))
  const major = { dimension: 'severity', id: 'major' } as const
  const found = countOf(t, 'found')
  return {
    period,
    found: n('found'),
    closed: n('closed'),
    foundClosed: n('foundClosed'),
    rate: rate(countOf(t, 'foundClosed'), found),
    closedRatio: rate(countOf(t, 'closed'), found),
    openAtStart: n('openAtStart'),
    openAtEnd: n('openAtEnd'),
    overdueAtEnd: n('overdueAtEnd'),
    majorFound: caseCount('found', period, countOf(t, 'found', major), major),
    majorClosed: caseCount('closed', period, countOf(t, 'closed', major), major),
    supervisedStarted: n('supervisedStarted'),
    supervisedAtEnd: n('supervisedAtEnd'),
  }
}

function breakdown(ctx: Ctx, dimension: (typeof dimensions)[number], period: Period, t: Tallies): Breakdown {
  const def = dimensionDefs[dimension]
  const used = (id: string) => Object.values(t).some((x) => (x.by[dimension].get(id) ?? 0) > 0)
  const rows = def
    .groups(ctx.db)
    .filter((g) => g.live || used(g.id))
    .map((g) => {
      const group = { dimension, id: g.id }
      const n = (key: keyof Tallies) => caseCount(key, period, countOf(t, key, group), group)
      return {
        id: g.id,
        name: g.name,
        found: n('found'),
        foundClosed: n('foundClosed'),
        rate: rate(countOf(t, 'foundClosed', group), countOf(t, 'found', group)),
        closed: n('closed'),
        openAtEnd: n('openAtEnd'),
        overdueAtEnd: n('overdueAtEnd'),
      }
    })
  return { dimension, title: def.title, groupLabel: def.groupLabel, rows }
}

function trend(ctx: Ctx, period: Period): MonthRow[] {
  const months = monthsOf(period).map((m) => ({ ...m, campaignId: period.campaignId }))
  const oneYear = months.every((m) => m.month.slice(0, 4) === period.from.slice(0, 4))
  // whole months are read by month in one statement; else each month is a range of an index
  const byMonth = monthCounts(ctx.db, period)
  const n = (key: 'found' | 'closed', m: (typeof months)[number]) => (byMonth ? (byMonth[key].get(m.month) ?? 0) : count(ctx.db, caseFigures[key].where(m)))
  return months.map((m) => ({
    month: m.month,
    label: oneYear ? `${Number(m.month.slice(5))}月` : `${m.month.slice(0, 4)}年${Number(m.month.slice(5))}月`,
    from: m.from,
    to: m.to,
    found: caseCount('found', m, n('found', m)),
    closed: caseCount('closed', m, n('closed', m)),
  }))
}

/**
 * Every figure of the quarterly summary for a period, with the previous period of equal length,
 * the breakdowns, the monthly trend, the definitions and where the data came from. Reads only.
 */
export function buildSummary(ctx: Ctx, args: PeriodArgs): ReportSummary {
  const period = resolvePeriod(ctx, args)
  const previous = { ...previousPeriod(period), ...scopeOf(ctx, args.campaignId) }
  const current = tallies(ctx.db, period)
  return {
    period,
    previous,
    current: periodFigures(period, current),
    // the period compared with shows totals and 重大火灾隐患 only
    prior: periodFigures(previous, tallies(ctx.db, previous, ['severity'])),
    breakdowns: dimensions.map((d) => breakdown(ctx, d, period, current)),
    trend: trend(ctx, period),
    documents: documentsIssued(ctx.db, period),
    interviews: interviewsHeld(ctx.db, period),
    fieldwork: fieldworkFigures(ctx.db, period),
    campaigns: period.campaignId === undefined ? campaignsFigures(ctx, period.from, period.to) : [campaignFigures(ctx, period.campaignId, period.from, period.to)],
    definitions: [...definitions(period, previous), ...campaignFigureDefinitions],
    source: reportSource(ctx),
  }
}
