import type { z } from 'zod'
import type { Ctx } from '../context'
import { issueWithBytes } from '../documents/register/issue'
import { numberPatternOf } from '../documents/register/kind-rules'
import { peekNumber } from '../documents/register/numbering'
import { render } from '../documents/render'
import { loadSettings } from '../settings/service'
import type { Settings } from '../settings/schema'
import { changeText, localDateTimeZh, percentText, pointsText, summaryName } from './format'
import { headlineRows } from './headline'
import type { Breakdown, exportDocxSchema, GroupRow, KindCounts, ReportFile, ReportSummary, summarySchema } from './schema'
import { campaignSentences } from './campaigns'
import type { CoverageFigure, CoverageRow } from '../inspections/schema'
import { buildSummary } from './summary'
import { unwatched, type ReportStep } from './progress'

/*
 * The summary as the 季度工作情况汇总 (quarterly_report kind of the documents engine): tables of
 * figures and breakdowns, the definitions, the period and the time the data was taken.
 */

type Args = z.output<typeof exportDocxSchema>

/** 柳市消安委办〔{年}〕{n}号 with the sequence left blank, to be written in when the report is issued. */
const blankNumber = (pattern: string, year: string): string => pattern.replace('{年}', year).replace('{n}', '\u3000\u3000')

function intro(s: ReportSummary, town: string): string {
  const c = s.current
  const unfinished = s.period.to >= s.source.today ? '（本期尚未结束，数据截至取数时）' : ''
  return (
    `${s.period.label}（${s.period.range}）${unfinished}，${town}${s.period.campaignName === undefined ? '' : `在${s.period.campaignName}中`}共发现消防安全隐患${c.found.count}处，其中重大火灾隐患${c.majorFound.count}处；` +
    `整改销号${c.closed.count}处；本期发现的隐患中已整改${c.foundClosed.count}处，整改率${percentText(c.rate)}。` +
    `期末尚有未销号隐患${c.openAtEnd.count}处，其中逾期未整改${c.overdueAtEnd.count}处。现将有关情况汇总如下。`
  )
}

const groupCells = (r: Pick<GroupRow, 'found' | 'foundClosed' | 'rate' | 'openAtEnd' | 'overdueAtEnd'>) => ({
  found: String(r.found.count),
  foundClosed: String(r.foundClosed.count),
  rate: percentText(r.rate),
  openAtEnd: String(r.openAtEnd.count),
  overdueAtEnd: String(r.overdueAtEnd.count),
})

/** Groups with nothing to show are left out, except the areas: a village with no hazards is news too. */
function breakdownTable(b: Breakdown, s: ReportSummary) {
  const shown = b.rows.filter((r) => b.dimension === 'area' || r.found.count + r.closed.count + r.openAtEnd.count > 0)
  const c = s.current
  const total = { found: c.found, foundClosed: c.foundClosed, rate: c.rate, openAtEnd: c.openAtEnd, overdueAtEnd: c.overdueAtEnd }
  return {
    heading: b.title,
    groupLabel: b.groupLabel,
    rows: [...shown.map((r) => ({ name: r.name, ...groupCells(r) })), { name: '合计', ...groupCells(total) }],
  }
}

/** 本期共发出各类文书12件，其中…: the kinds with any, or a plain "none". */
function byKindSentence(counts: KindCounts, what: string, unit: string, none: string): string {
  const some = counts.byKind.filter((k) => k.count > 0)
  return counts.total === 0 ? none : `本期共${what}${counts.total}${unit}，其中${some.map((k) => `${k.name}${k.count}${unit}`).join('、')}。`
}

const rateOf = (r: CoverageFigure): string => (r.rate === null ? '—' : `${r.rate.toFixed(1)}%`)
/** 长江村85.0%（17/20）、…: each group's rate with its units inspected over registered. */
const rates = (rows: readonly CoverageRow[]): string => rows.map((r) => `${r.name}${rateOf(r)}（${r.inspected}/${r.registered}）`).join('、')

/**
 * 检查率 (the total, by village and by kind of unit; by grid the workbook has it) and 回头看,
 * naming the villages and units with relapses.
 */
function fieldworkSentences(s: ReportSummary): string[] {
  const { coverage: cov, revisits: rv } = s.fieldwork
  const relapsing = rv.byArea.filter((a) => a.relapsed > 0).map((a) => `${a.name}${a.relapsed}处`)
  const units = rv.bySubject.map((u) => `${u.name}${u.relapsed}处`)
  return [
    `本期开展检查${cov.inspections.count}次（其中未发现隐患${cov.inspections.noHazard}次），检查单位${cov.total.inspected}家，占登记在册单位${cov.total.registered}家的${rateOf(cov.total)}。` +
      (cov.byArea.length === 0 ? '' : `各村（社区）检查率：${rates(cov.byArea)}。`) +
      (cov.bySubjectKind.length === 0 ? '' : `各类场所检查率：${rates(cov.bySubjectKind)}。`),
    rv.checked === 0
      ? '本期未开展回头看。'
      : `回头看已销号隐患${rv.checked}处，保持${rv.checked - rv.relapsed}处，反弹${rv.relapsed}处${relapsing.length ? `（${relapsing.join('、')}）` : ''}` +
        `${units.length ? `，反弹单位：${units.join('、')}` : ''}，反弹隐患已重新立案整改。`,
  ]
}

function work(s: ReportSummary): string[] {
  const c = s.current
  return [
    byKindSentence(s.documents, '发出各类文书', '件', '本期未发出文书。'),
    byKindSentence(s.interviews, '开展约谈', '次', '本期未开展约谈。'),
    `本期新挂牌督办隐患${c.supervisedStarted.count}处，期末仍在挂牌督办的隐患${c.supervisedAtEnd.count}处。`,
    ...fieldworkSentences(s),
    ...campaignSentences(s),
  ]
}

/** Where the figures come from, in words for the reader: the file's path is for the maintainer, not the page. */
function source(s: ReportSummary): string {
  const last = s.source.lastChangeAt === null ? '' : `，隐患数据最后变动于${localDateTimeZh(s.source.lastChangeAt)}`
  return (
    `数据来源：消安督办台本办台账，取数时间为${localDateTimeZh(s.source.takenAt)}；` +
    `台账共有隐患${s.source.cases}条（另有作废${s.source.voided}条，不计入）${last}。`
  )
}

/** The data of a quarterly_report document for a summary (its charts, drawn apart, are added by the callers below). */
export function reportDocumentData(s: ReportSummary, settings: Settings, args: { number?: string | undefined; recipients?: string | undefined }) {
  const row = (h: (typeof headlineRows)[number]) =>
    h.kind === 'count'
      ? { item: h.item, current: String(h.pick(s.current).count), previous: String(h.pick(s.prior).count), change: changeText(h.pick(s.current).count, h.pick(s.prior).count) }
      : { item: h.item, current: percentText(h.pick(s.current)), previous: percentText(h.pick(s.prior)), change: pointsText(h.pick(s.current), h.pick(s.prior)) }
  return {
    number: args.number?.trim() || blankNumber(settings.docNumberQuarterlyReport, s.source.today.slice(0, 4)),
    title: `${summaryName(s.period)}消防安全隐患排查整治工作情况汇总`,
    recipients: args.recipients?.trim() || `${settings.townName}消防安全委员会`,
    intro: [intro(s, settings.townName)],
    figures: headlineRows.map(row),
    breakdowns: s.breakdowns.map((b) => breakdownTable(b, s)),
    months: s.trend.map((m) => ({ month: m.label, found: String(m.found.count), closed: String(m.closed.count) })),
    work: work(s),
    documents: s.documents.byKind.filter((k) => k.count > 0).map((k) => ({ name: k.name, count: String(k.count) })),
    definitions: s.definitions.map((d) => ({ term: d.term, text: d.text })),
    source: [source(s)],
    copyTo: settings.docCopyTo,
    date: s.source.today,
  }
}

/*
 * The report issued: numbered from the 季度汇总 sequence and registered like every document
 * (its data frozen, its file kept), so the printed copy carries its 文号.
 */
export async function issueDocx(ctx: Ctx, args: Args): Promise<ReportFile & { number: string | null }> {
  const summary = buildSummary(ctx, args)
  const settings = loadSettings(ctx.db)
  const { number: _pending, ...data } = reportDocumentData(summary, settings, args)
  const { issued, bytes } = issueWithBytes(ctx, { kind: 'quarterly_report', data: { ...data, charts: await chartsOf(summary) } })
  return { fileName: `${summaryName(summary.period)}工作情况汇总（${issued.number ?? ''}）.docx`, dataBase64: bytes.toString('base64'), number: issued.number }
}

/** The charts of the summary page as PNGs; echarts and resvg load only when a report is written. */
async function chartsOf(s: ReportSummary) {
  const { summaryCharts } = await import('./chart-images')
  return summaryCharts(s)
}

/** The report rendered, not registered: with the 文号 given, or a blank one to write in by hand. */
async function renderReport(ctx: Ctx, args: Args, step: ReportStep = unwatched): Promise<{ summary: ReportSummary; bytes: Buffer }> {
  step('figures')
  const summary = buildSummary(ctx, args)
  const settings = loadSettings(ctx.db)
  step('charts')
  const charts = await chartsOf(summary)
  step('write')
  const bytes = render('quarterly_report', { ...reportDocumentData(summary, settings, args), charts }, settings)
  return { summary, bytes }
}

export async function exportDocx(ctx: Ctx, args: Args, step?: ReportStep): Promise<ReportFile> {
  const { summary, bytes } = await renderReport(ctx, args, step)
  return { fileName: `${summaryName(summary.period)}工作情况汇总.docx`, dataBase64: bytes.toString('base64') }
}

/*
 * A look at the report before it is issued (firedesk report --docx): the 文号 it would take if
 * issued now is printed, but not taken and nothing is registered, so looking twice costs no number.
 */
export async function previewDocx(ctx: Ctx, args: z.output<typeof summarySchema>): Promise<ReportFile & { number: string | null }> {
  const pattern = numberPatternOf('quarterly_report', loadSettings(ctx.db))
  const number = pattern === null ? undefined : peekNumber(ctx.db, pattern, Number(ctx.clock.today().slice(0, 4)))
  const { summary, bytes } = await renderReport(ctx, { ...args, number })
  return { fileName: `${summaryName(summary.period)}工作情况汇总（预览）.docx`, dataBase64: bytes.toString('base64'), number: number ?? null }
}
