import { z } from 'zod'
import { handler } from '../registry'
import { runJob, type JobOptions } from '../worker/run'
import { Running } from '../worker/running'
import { exportListSchema, exportSheetSchema } from './schema'
import { exportSheet } from './service'

/** The list file being made on each connection: export/cancel or a newer one stops it. */
const making = new Running('supersedes')

/**
 * A file of a whole list is written on a worker: 100 000 rows through ExcelJS take seconds. It is
 * made in memory from reads alone, so a cancel ends the worker at once with nothing left behind.
 */
const made: Pick<JobOptions, 'offThread' | 'endOnAbort'> = { offThread: true, endOnAbort: true }

export const exportHandlers = [
  handler('export/list', exportListSchema, (args, ctx) => making.run(ctx.db, (signal) => runJob('exportList', args, { ...made, ctx, signal }))),
  handler('export/sheet', exportSheetSchema, (args, ctx) => exportSheet(ctx, args)),
  handler('export/sheetDocx', exportSheetSchema, (args, ctx) => making.run(ctx.db, (signal) => runJob('exportSheetDocx', args, { ...made, ctx, signal }))),
  handler('export/cancel', z.strictObject({}), (_args, ctx) => making.cancel(ctx.db)),
]
