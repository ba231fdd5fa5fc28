import type { ExportFile, ExportListArgs } from './schema'

export interface ExportContract {
  /** Every record a list's filter finds, as an .xlsx with Chinese headers and date cells. */
  'export/list': { args: ExportListArgs; result: ExportFile }
}
