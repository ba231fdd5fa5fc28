import ExcelJS from 'exceljs'
import type { z } from 'zod'
import { caseSeverityLabels, caseStatusLabels } from '../cases/schema'
import type { Ctx } from '../context'
import { localDateTimeZh, summaryName } from './format'
import { fieldworkSheets } from './fieldwork-sheets'
import { headlineRows } from './headline'
import { ledgerRows } from './ledger'
import type { Breakdown, exportXlsxSchema, KindCounts, Rate, ReportFile, ReportSummary } from './schema'
import { unwatched, type ReportStep } from './progress'
import { addSheet, type SheetValue } from './sheet'
import { buildSummary } from './summary'

/*
 * The summary as a workbook: the figures against the previous period, one sheet per breakdown,
 * the months, the documents, 检查率 and 回头看, the definitions with their SQL, and every case the figures count,
 * marked with the figures it counts in, so that a filter in Excel gives each number back.
 */

const fraction = (r: Rate): number | null => (r.denominator === 0 ? null : r.numerator / r.denominator)
const yes = (b: boolean): string => (b ? '是' : '')
const CHANGE = '+0;−0;0'
const POINTS = '+0.0"个百分点";−0.0"个百分点";0.0"个百分点"'

function sourceLines(s: ReportSummary): string[][] {
  return [
    [`${summaryName(s.period)}消防安全隐患排查整治工作情况汇总`],
    ['统计期间', s.period.range],
    ['上期', s.previous.range],
    ['取数时间', localDateTimeZh(s.source.takenAt)],
    ['数据文件', s.source.dataFile ?? '（内存数据库）'],
    ['台账隐患', `${s.source.cases}条（另有作废${s.source.voided}条，不计入）`],
  ]
}

function figureRows(s: ReportSummary): SheetValue[][] {
  const definition = (term: string) => s.definitions.find((d) => d.term === term)?.text ?? ''
  const rows: SheetValue[][] = headlineRows.map((h) => {
    if (h.kind === 'count') {
      const cur = h.pick(s.current).count
      const prev = h.pick(s.prior).count
      return [h.item, cur, prev, { value: cur - prev, format: CHANGE }, definition(h.term)]
    }
    const cur = h.pick(s.current)
    const prev = h.pick(s.prior)
    const change: SheetValue = cur.percent === null || prev.percent === null ? null : { value: Math.round((cur.percent - prev.percent) * 10) / 10, format: POINTS }
    const pct = (r: Rate): SheetValue => (fraction(r) === null ? null : { value: fraction(r) ?? 0, format: '0.0%' })
    return [h.item, pct(cur), pct(prev), change, definition(h.term)]
  })
  for (const c of s.campaigns) {
    const line = (item: string, n: number, term: string): SheetValue[] => [`专项行动“${c.campaignName}”：${item}`, n, null, null, definition(term)]
    rows.push(
      line('时限在本期的任务', c.tasks.due, '到期任务'),
      line('其中已完成', c.tasks.done, '已完成'),
      line('逾期未完成任务', c.tasks.overdue, '逾期任务'),
      line('应报送', c.reports.owed, '应报'),
      line('已报送', c.reports.received, '已报 / 迟报'),
      line('其中迟报', c.reports.late, '已报 / 迟报'),
      line('漏报', c.reports.missing, '漏报'),
    )
  }
  return rows
}

function breakdownSheet(wb: ExcelJS.Workbook, b: Breakdown, s: ReportSummary): void {
  const c = s.current
  addSheet(wb, {
    name: b.title,
    columns: [
      { header: b.groupLabel, width: 26, type: 'text' },
      { header: '发现隐患', width: 10, type: 'number' },
      { header: '其中已整改', width: 11, type: 'number' },
      { header: '整改率', width: 9, type: 'percent' },
      { header: '整改销号', width: 10, type: 'number' },
      { header: '期末未销号', width: 11, type: 'number' },
      { header: '期末逾期', width: 10, type: 'number' },
    ],
    rows: [
      ...b.rows.map((r) => [r.name, r.found.count, r.foundClosed.count, fraction(r.rate), r.closed.count, r.openAtEnd.count, r.overdueAtEnd.count]),
      ['合计', c.found.count, c.foundClosed.count, fraction(c.rate), c.closed.count, c.openAtEnd.count, c.overdueAtEnd.count],
    ],
  })
}

function kindSheet(wb: ExcelJS.Workbook, name: string, kindHeader: string, countHeader: string, counts: KindCounts): void {
  addSheet(wb, {
    name,
    columns: [
      { header: kindHeader, width: 30, type: 'text' },
      { header: countHeader, width: 10, type: 'number' },
    ],
    rows: [...counts.byKind.map((k) => [k.name, k.count]), ['合计', counts.total]],
  })
}

export async function summaryWorkbook(ctx: Ctx, s: ReportSummary): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '消安督办台'
  wb.created = new Date(s.source.takenAt)
  addSheet(wb, {
    name: '主要数据',
    above: [...sourceLines(s), []],
    columns: [
      { header: '项目', width: 18, type: 'text' },
      { header: '本期', width: 12, type: 'number' },
      { header: '上期', width: 12, type: 'number' },
      { header: '增减', width: 16, type: 'number' },
      { header: '口径', width: 80, type: 'wrap' },
    ],
    rows: figureRows(s),
  })
  for (const b of s.breakdowns) breakdownSheet(wb, b, s)
  addSheet(wb, {
    name: '按月情况',
    columns: [
      { header: '月份', width: 12, type: 'text' },
      { header: '起始日期', width: 12, type: 'date' },
      { header: '截止日期', width: 12, type: 'date' },
      { header: '发现隐患', width: 10, type: 'number' },
      { header: '整改销号', width: 10, type: 'number' },
    ],
    rows: s.trend.map((m) => [m.month, m.from, m.to, m.found.count, m.closed.count]),
  })
  kindSheet(wb, '发文情况', '文书种类', '件数', s.documents)
  kindSheet(wb, '约谈情况', '约谈类别', '次数', s.interviews)
  fieldworkSheets(wb, s)
  addSheet(wb, {
    name: '统计口径',
    columns: [
      { header: '术语', width: 16, type: 'text' },
      { header: '口径', width: 70, type: 'wrap' },
      { header: '重现该数字的SQL', width: 90, type: 'wrap' },
    ],
    rows: s.definitions.map((d) => [d.term, d.text, d.sql ?? '']),
  })
  addSheet(wb, {
    name: '隐患明细',
    columns: [
      { header: '序号', width: 11, type: 'text' },
      { header: '单位名称', width: 28, type: 'text' },
      { header: '场所类别', width: 14, type: 'text' },
      { header: '所属村(社区)', width: 14, type: 'text' },
      { header: '隐患类别', width: 22, type: 'text' },
      { header: '隐患等级', width: 12, type: 'text' },
      { header: '隐患内容', width: 40, type: 'wrap' },
      { header: '发现日期', width: 12, type: 'date' },
      { header: '期末整改期限', width: 13, type: 'date' },
      { header: '现整改期限', width: 12, type: 'date' },
      { header: '销号日期', width: 12, type: 'date' },
      { header: '现状态', width: 14, type: 'text' },
      { header: '本期发现', width: 9, type: 'text' },
      { header: '本期发现已整改', width: 9, type: 'text' },
      { header: '整改销号', width: 9, type: 'text' },
      { header: '期初未销号', width: 9, type: 'text' },
      { header: '期末未销号', width: 9, type: 'text' },
      { header: '期末逾期', width: 9, type: 'text' },
      { header: '新挂牌督办', width: 9, type: 'text' },
      { header: '期末在督', width: 9, type: 'text' },
    ],
    rows: ledgerRows(ctx.db, s.period).map((r) => [
      r.number,
      r.subject_name,
      r.subject_kind_name,
      r.area_name,
      r.category_name,
      caseSeverityLabels[r.severity],
      r.description,
      r.found_date,
      r.deadline_at_end,
      r.deadline,
      r.closed_date,
      caseStatusLabels[r.status],
      yes(r.in.found),
      yes(r.in.foundClosed),
      yes(r.in.closed),
      yes(r.in.openAtStart),
      yes(r.in.openAtEnd),
      yes(r.in.overdueAtEnd),
      yes(r.in.supervisedStarted),
      yes(r.in.supervisedAtEnd),
    ]),
  })
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export async function exportXlsx(ctx: Ctx, args: z.output<typeof exportXlsxSchema>, step: ReportStep = unwatched): Promise<ReportFile> {
  step('figures')
  const summary = buildSummary(ctx, args)
  step('write')
  const bytes = await summaryWorkbook(ctx, summary)
  return { fileName: `${summaryName(summary.period)}工作情况汇总.xlsx`, dataBase64: bytes.toString('base64') }
}
