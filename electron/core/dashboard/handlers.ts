import { z } from 'zod'
import { handler } from '../registry'
import { dashboardSummary, sinceLastStart } from './service'

export const dashboardHandlers = [
  handler('dashboard/summary', z.strictObject({}), (_args, ctx) => dashboardSummary(ctx)),
  handler('dashboard/sinceLastStart', z.strictObject({}), (_args, ctx) => sinceLastStart(ctx)),
]
