import { handler } from '../registry'
import { runJob } from '../worker/run'
import { listRecords } from './records'
import { exportDocxSchema, exportXlsxSchema, recordsSchema, summarySchema } from './schema'
import { buildSummary } from './summary'

/** A report's file is made on a worker: the figures over the whole ledger, the charts, the document. */
const offThread = true

export const reportHandlers = [
  handler('reports/summary', summarySchema, (args, ctx) => buildSummary(ctx, args)),
  handler('reports/records', recordsSchema, (args, ctx) => listRecords(ctx, args)),
  handler('reports/exportDocx', exportDocxSchema, (args, ctx) => runJob('reportDocx', args, { offThread, ctx })),
  handler('reports/previewDocx', summarySchema, (args, ctx) => runJob('reportPreviewDocx', args, { offThread, ctx })),
  handler('reports/issueDocx', summarySchema, (args, ctx) => runJob('reportIssueDocx', args, { offThread, ctx, writes: '签发季度汇总' })),
  handler('reports/exportXlsx', exportXlsxSchema, (args, ctx) => runJob('reportXlsx', args, { offThread, ctx })),
]
