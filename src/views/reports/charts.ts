import type { CaseCount, GroupRow, ReportSummary } from '../../../electron/core/reports/schema'
import { t, type LocaleKey } from '../../locales'
import type { ChartOption } from './echarts'

/** What a click on one bar opens: its cases, under a title that says what they are. */
export interface Pick {
  count: CaseCount
  title: string
}

/** A chart's option and, per series and item, the number behind each bar. */
export interface ChartSpec {
  option: ChartOption
  picks: Pick[][]
}

const COLOR = { found: '#1d64c8', closed: '#18a058', overdue: '#d03050', previous: '#b8c0cc' }

const base = (names: string[], horizontal = false): ChartOption => {
  const category = { type: 'category' as const, data: names, axisLabel: { interval: 0, rotate: !horizontal && names.length > 8 ? 35 : 0 } }
  const value = { type: 'value' as const, minInterval: 1 }
  return {
    grid: { left: 12, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
  }
}

interface Series {
  key: LocaleKey
  color: string
  pick: (r: GroupRow) => CaseCount
}

/** Bars of groups (areas, categories), one series per figure. */
function groupChart(rows: GroupRow[], series: Series[], horizontal: boolean): ChartSpec {
  const shown = horizontal ? [...rows].reverse() : rows
  return {
    option: {
      ...base(
        shown.map((r) => r.name),
        horizontal,
      ),
      series: series.map((s) => ({ type: 'bar', name: t(s.key), color: s.color, data: shown.map((r) => s.pick(r).count) })),
    },
    picks: series.map((s) => shown.map((r) => ({ count: s.pick(r), title: `${r.name} · ${t(s.key)}` }))),
  }
}

const rowsOf = (s: ReportSummary, dimension: 'area' | 'category') => s.breakdowns.find((b) => b.dimension === dimension)?.rows ?? []

export const areaChart = (s: ReportSummary): ChartSpec =>
  groupChart(
    rowsOf(s, 'area'),
    [
      { key: 'report.found', color: COLOR.found, pick: (r) => r.found },
      { key: 'report.foundClosedShort', color: COLOR.closed, pick: (r) => r.foundClosed },
      { key: 'report.overdueShort', color: COLOR.overdue, pick: (r) => r.overdueAtEnd },
    ],
    false,
  )

/** Categories with something in the period, as horizontal bars (their names are long). */
export const categoryChart = (s: ReportSummary): ChartSpec =>
  groupChart(
    rowsOf(s, 'category').filter((r) => r.found.count + r.closed.count + r.openAtEnd.count > 0),
    [
      { key: 'report.found', color: COLOR.found, pick: (r) => r.found },
      { key: 'report.foundClosedShort', color: COLOR.closed, pick: (r) => r.foundClosed },
    ],
    true,
  )

export function trendChart(s: ReportSummary): ChartSpec {
  const months = s.trend
  return {
    option: {
      ...base(months.map((m) => m.label)),
      series: [
        { type: 'bar', name: t('report.found'), color: COLOR.found, data: months.map((m) => m.found.count) },
        { type: 'line', name: t('report.closed'), color: COLOR.closed, data: months.map((m) => m.closed.count), symbolSize: 8 },
      ],
    },
    picks: [months.map((m) => ({ count: m.found, title: `${m.label} · ${t('report.found')}` })), months.map((m) => ({ count: m.closed, title: `${m.label} · ${t('report.closed')}` }))],
  }
}

export function compareChart(s: ReportSummary): ChartSpec {
  const items: { key: LocaleKey; pick: (f: ReportSummary['current']) => CaseCount }[] = [
    { key: 'report.found', pick: (f) => f.found },
    { key: 'report.closed', pick: (f) => f.closed },
    { key: 'report.foundClosed', pick: (f) => f.foundClosed },
    { key: 'report.openAtEnd', pick: (f) => f.openAtEnd },
    { key: 'report.overdueAtEnd', pick: (f) => f.overdueAtEnd },
  ]
  const periods = [
    { figures: s.current, name: t('report.current'), color: COLOR.found },
    { figures: s.prior, name: t('report.previousShort'), color: COLOR.previous },
  ]
  return {
    option: {
      ...base(items.map((i) => t(i.key))),
      series: periods.map((p) => ({ type: 'bar', name: p.name, color: p.color, data: items.map((i) => i.pick(p.figures).count) })),
    },
    picks: periods.map((p) => items.map((i) => ({ count: i.pick(p.figures), title: `${p.figures.period.label} · ${t(i.key)}` }))),
  }
}
