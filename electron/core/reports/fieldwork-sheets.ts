import type ExcelJS from 'exceljs'
import type { CoverageRow } from '../inspections/schema'
import type { ReportSummary } from './schema'
import { addSheet, type SheetValue } from './sheet'

/*
 * The field work of the summary as two sheets: 检查率 by village, grid, kind of unit and kind of
 * visit in one table (a filter on the first column gives each grouping), and 回头看 per village
 * and per unit that relapsed.
 */

const fraction = (r: CoverageRow | ReportSummary['fieldwork']['coverage']['total']): number | null => (r.registered === 0 ? null : r.inspected / r.registered)

export function fieldworkSheets(wb: ExcelJS.Workbook, s: ReportSummary): void {
  const cov = s.fieldwork.coverage
  const group = (label: string, rows: readonly CoverageRow[]): SheetValue[][] => rows.map((r) => [label, r.name, r.registered, r.inspected, fraction(r)])
  addSheet(wb, {
    name: '检查率',
    above: [[`检查率（${s.period.range}）：本期开展检查${cov.inspections.count}次，其中未发现隐患${cov.inspections.noHazard}次`], [cov.definition], []],
    columns: [
      { header: '分组', width: 12, type: 'text' },
      { header: '名称', width: 28, type: 'text' },
      { header: '登记在册单位', width: 13, type: 'number' },
      { header: '检查单位', width: 10, type: 'number' },
      { header: '检查率', width: 9, type: 'percent' },
    ],
    rows: [
      ...group('村（社区）', cov.byArea),
      ...group('网格', cov.byGrid),
      ...group('场所类别', cov.bySubjectKind),
      ...group('检查类型', cov.byInspectionKind),
      ['合计', '全镇', cov.total.registered, cov.total.inspected, fraction(cov.total)],
    ],
  })
  const rv = s.fieldwork.revisits
  addSheet(wb, {
    name: '回头看',
    above: [[`回头看（${s.period.range}）：登记结果的已销号隐患${rv.checked}处，保持${rv.checked - rv.relapsed}处，反弹${rv.relapsed}处`], []],
    columns: [
      { header: '分组', width: 12, type: 'text' },
      { header: '名称', width: 30, type: 'text' },
      { header: '所属村（社区）', width: 16, type: 'text' },
      { header: '回头看', width: 9, type: 'number' },
      { header: '保持', width: 9, type: 'number' },
      { header: '反弹', width: 9, type: 'number' },
    ],
    rows: [
      ...rv.byArea.map((a) => ['村（社区）', a.name, a.name, a.checked, a.checked - a.relapsed, a.relapsed]),
      ...rv.bySubject.map((u) => ['反弹单位', u.name, u.areaName, u.checked, u.checked - u.relapsed, u.relapsed]),
      ['合计', '全镇', null, rv.checked, rv.checked - rv.relapsed, rv.relapsed],
    ],
  })
}
