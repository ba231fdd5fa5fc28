import { z } from 'zod'
import type { Ctx } from '../context'
import { handler } from '../registry'
import { runJob, type JobOptions } from '../worker/run'
import { Running } from '../worker/running'
import { toldReport } from './progress'
import { listRecords } from './records'
import { exportDocxSchema, exportXlsxSchema, recordsSchema, summarySchema } from './schema'
import { buildSummary } from './summary'

/** The report file being made on each connection: reports/cancel or a newer one stops it; each stage begun is told as reports/progress. */
const making = new Running('supersedes')

/**
 * A report's file is made on a worker: the figures over the whole ledger, the charts, the
 * document. Made in memory, it leaves nothing behind, so a cancel ends it at once; an issue writes
 * (a 文号 and the register) and is not cancelled halfway.
 */
const made = (ctx: Ctx): Pick<JobOptions, 'offThread' | 'ctx' | 'endOnAbort'> => ({ offThread: true, ctx, endOnAbort: true })

export const reportHandlers = [
  handler('reports/summary', summarySchema, (args, ctx) => buildSummary(ctx, args)),
  handler('reports/records', recordsSchema, (args, ctx) => listRecords(ctx, args)),
  handler('reports/exportDocx', exportDocxSchema, (args, ctx) => making.run(ctx.db, (signal) => runJob('reportDocx', args, { ...made(ctx), signal, onProgress: toldReport(ctx, 'docx') }))),
  handler('reports/previewDocx', summarySchema, (args, ctx) => making.run(ctx.db, (signal) => runJob('reportPreviewDocx', args, { ...made(ctx), signal }))),
  handler('reports/issueDocx', summarySchema, (args, ctx) => runJob('reportIssueDocx', args, { offThread: true, ctx, writes: '签发季度汇总' })),
  handler('reports/exportXlsx', exportXlsxSchema, (args, ctx) => making.run(ctx.db, (signal) => runJob('reportXlsx', args, { ...made(ctx), signal, onProgress: toldReport(ctx, 'xlsx') }))),
  handler('reports/cancel', z.strictObject({}), (_args, ctx) => making.cancel(ctx.db)),
]
