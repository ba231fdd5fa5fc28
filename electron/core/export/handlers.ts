import { handler } from '../registry'
import { exportListSchema } from './schema'
import { exportList } from './service'

export const exportHandlers = [handler('export/list', exportListSchema, (args, ctx) => exportList(ctx, args))]
