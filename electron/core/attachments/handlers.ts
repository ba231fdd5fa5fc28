import { handler } from '../registry'
import * as repo from './repo'
import { attachSchema, attachmentGetSchema, attachmentListSchema, attachmentVoidSchema } from './schema'
import { attach, attachmentContent, voidAttachment } from './service'

export const attachmentHandlers = [
  handler('cases/attach', attachSchema, (args, ctx) => attach(ctx, args)),
  handler('cases/attachments', attachmentListSchema, (args, ctx) => repo.listForCase(ctx.db, args.caseId, args.includeVoided)),
  handler('cases/voidAttachment', attachmentVoidSchema, (args, ctx) => voidAttachment(ctx, args)),
  handler('cases/attachmentContent', attachmentGetSchema, (args, ctx) => attachmentContent(ctx, args.id)),
]
