import { handler } from '../registry'
import { coverage, periodRange } from './coverage'
import * as repo from './repo'
import { coverageSchema, inspectionGetSchema, inspectionListSchema, inspectionVoidSchema } from './schema'
import { getInspectionDetail, voidInspection } from './service'

/** Registering an inspection stays `cases/createInspection`: it writes the inspection and its hazards together. */
export const inspectionHandlers = [
  handler('inspections/list', inspectionListSchema, (args, ctx) => ({ ...repo.list(ctx.db, args), page: args.page, pageSize: args.pageSize })),
  handler('inspections/get', inspectionGetSchema, (args, ctx) => getInspectionDetail(ctx, args.id)),
  handler('inspections/void', inspectionVoidSchema, (args, ctx) => voidInspection(ctx, args)),
  handler('inspections/coverage', coverageSchema, (args, ctx) => {
    const { from, to } = periodRange(args)
    return coverage(ctx.db, from, to)
  }),
]
