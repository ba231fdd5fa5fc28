import type { ExportDocxArgs, RecordsArgs, RecordsPage, ReportFile, ReportSummary, SummaryArgs } from './schema'

export interface ReportsContract {
  /** Every figure of the summary for {quarter: '2024Q1'} or {from, to}, with breakdowns, trend and definitions. */
  'reports/summary': { args: SummaryArgs; result: ReportSummary }
  /** The cases behind one number (a figure's `records` reference), a page at a time. */
  'reports/records': { args: RecordsArgs; result: RecordsPage }
  /** The 季度工作情况汇总 in 文件格式 (.docx). */
  'reports/exportDocx': { args: ExportDocxArgs; result: ReportFile }
  /** The 季度工作情况汇总 as it would be issued now, with the 文号 it would take, neither taken nor registered (firedesk report --docx). */
  'reports/previewDocx': { args: SummaryArgs; result: ReportFile & { number: string | null } }
  /** The 季度工作情况汇总 issued: numbered and registered in the documents register (firedesk report --docx --issue). */
  'reports/issueDocx': { args: SummaryArgs; result: ReportFile & { number: string | null } }
  /** The workbook: figures, one sheet per breakdown, the trend, the definitions and the cases. */
  'reports/exportXlsx': { args: SummaryArgs; result: ReportFile }
  /** Stops the report file being made (not an issue, which writes): nothing was written. */
  'reports/cancel': { args: Record<string, never>; result: { cancelled: boolean } }
}
