import type { ExportFile, ExportListArgs, ExportSheetArgs, Sheet } from './schema'

export interface ExportContract {
  /** Every record a list's filter finds, as an .xlsx with Chinese headers and date cells. */
  'export/list': { args: ExportListArgs; result: ExportFile }
  /** A list to print: title, the filter in words, 序号 and the page's columns. */
  'export/sheet': { args: ExportSheetArgs; result: Sheet }
  /** The same list as a Word table on the GB/T 9704 page. */
  'export/sheetDocx': { args: ExportSheetArgs; result: ExportFile }
  /** Stops the list file being made (export/list, export/sheetDocx): nothing was written. */
  'export/cancel': { args: Record<string, never>; result: { cancelled: boolean } }
}
