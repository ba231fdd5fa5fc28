import { handler } from '../registry'
import * as repo from './repo'
import { inspectorCreateSchema, inspectorListSchema, inspectorUpdateSchema, inspectorVoidSchema } from './schema'
import { createInspector, updateInspector, voidInspector } from './service'

export const inspectorHandlers = [
  handler('inspectors/list', inspectorListSchema, (args, ctx) => repo.list(ctx.db, args)),
  handler('inspectors/create', inspectorCreateSchema, (args, ctx) => createInspector(ctx, args)),
  handler('inspectors/update', inspectorUpdateSchema, (args, ctx) => updateInspector(ctx, args)),
  handler('inspectors/void', inspectorVoidSchema, (args, ctx) => voidInspector(ctx, args)),
]
