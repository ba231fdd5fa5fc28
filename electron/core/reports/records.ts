import type { z } from 'zod'
import type { Ctx } from '../context'
import { narrowWhere } from './counts'
import { caseFigures } from './figures'
import { records } from './repo'
import type { RecordsPage, recordsSchema } from './schema'
import { resolvePeriod } from './summary'

/** The cases behind one number of a summary: the same WHERE clause that counted them. */
export function listRecords(ctx: Ctx, args: z.output<typeof recordsSchema>): RecordsPage {
  const period = resolvePeriod(ctx, args)
  const base = caseFigures[args.figure].where(period)
  const w = args.dimension !== undefined && args.groupId !== undefined ? narrowWhere(base, args.dimension, args.groupId) : base
  const { rows, total } = records(ctx.db, w, period.to, args.page, args.pageSize, ctx.clock.today())
  return { rows, total, page: args.page, pageSize: args.pageSize }
}
