import { handler } from '../registry'
import { revisitCreateSchema, revisitGetSchema, revisitListSchema, revisitPreviewSchema, revisitRecordSchema } from './schema'
import { createRevisit, getRevisit, listRevisits, previewRevisit, recordRevisit } from './service'

export const revisitHandlers = [
  handler('revisits/preview', revisitPreviewSchema, (args, ctx) => previewRevisit(ctx, args)),
  handler('revisits/create', revisitCreateSchema, (args, ctx) => createRevisit(ctx, args)),
  handler('revisits/get', revisitGetSchema, (args, ctx) => getRevisit(ctx, args.id)),
  handler('revisits/list', revisitListSchema, (args, ctx) => listRevisits(ctx, args)),
  handler('revisits/record', revisitRecordSchema, (args, ctx) => recordRevisit(ctx, args)),
]
