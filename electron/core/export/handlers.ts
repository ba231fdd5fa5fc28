import { handler } from '../registry'
import { runJob } from '../worker/run'
import { exportListSchema, exportSheetSchema } from './schema'
import { exportSheet } from './service'

/** A file of a whole list is written on a worker: 100 000 rows through ExcelJS take seconds. */
const offThread = true

export const exportHandlers = [
  handler('export/list', exportListSchema, (args, ctx) => runJob('exportList', args, { offThread, ctx })),
  handler('export/sheet', exportSheetSchema, (args, ctx) => exportSheet(ctx, args)),
  handler('export/sheetDocx', exportSheetSchema, (args, ctx) => runJob('exportSheetDocx', args, { offThread, ctx })),
]
