import { handler } from '../registry'
import { exportDocx, issueDocx, previewDocx } from './docx'
import { listRecords } from './records'
import { exportDocxSchema, exportXlsxSchema, recordsSchema, summarySchema } from './schema'
import { buildSummary } from './summary'
import { exportXlsx } from './xlsx'

export const reportHandlers = [
  handler('reports/summary', summarySchema, (args, ctx) => buildSummary(ctx, args)),
  handler('reports/records', recordsSchema, (args, ctx) => listRecords(ctx, args)),
  handler('reports/exportDocx', exportDocxSchema, (args, ctx) => exportDocx(ctx, args)),
  handler('reports/previewDocx', summarySchema, (args, ctx) => previewDocx(ctx, args)),
  handler('reports/issueDocx', summarySchema, (args, ctx) => issueDocx(ctx, args)),
  handler('reports/exportXlsx', exportXlsxSchema, (args, ctx) => exportXlsx(ctx, args)),
]
