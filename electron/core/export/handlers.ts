import { handler } from '../registry'
import { exportListSchema, exportSheetSchema } from './schema'
import { exportList, exportSheet, exportSheetDocx } from './service'

export const exportHandlers = [
  handler('export/list', exportListSchema, (args, ctx) => exportList(ctx, args)),
  handler('export/sheet', exportSheetSchema, (args, ctx) => exportSheet(ctx, args)),
  handler('export/sheetDocx', exportSheetSchema, (args, ctx) => exportSheetDocx(ctx, args)),
]
