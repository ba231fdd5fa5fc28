import { z } from 'zod'
import { handler } from '../../registry'
import { loadSettings } from '../../settings/service'
import { batchFile, cancelBatch, runBatch } from './batch'
import { draftDocument } from './draft'
import { issueDocument } from './issue'
import { kindInfos } from './kind-rules'
import { batchIdSchema, batchSchema, deliveredSchema, draftSchema, idSchema, issueSchema, listSchema, voidSchema } from './schema'
import { documentFile, getDocument, listDocuments, markDelivered, reprint, voidDocument } from './service'

export const documentHandlers = [
  handler('documents/kinds', z.strictObject({}), (_args, ctx) => kindInfos(loadSettings(ctx.db))),
  handler('documents/draft', draftSchema, (args, ctx) => draftDocument(ctx, args)),
  handler('documents/issue', issueSchema, (args, ctx) => issueDocument(ctx, args)),
  handler('documents/list', listSchema, (args, ctx) => listDocuments(ctx, args)),
  handler('documents/get', idSchema, (args, ctx) => getDocument(ctx, args.id)),
  handler('documents/void', voidSchema, (args, ctx) => voidDocument(ctx, args.id, args.reason)),
  handler('documents/markDelivered', deliveredSchema, (args, ctx) => markDelivered(ctx, args.id, args.date)),
  handler('documents/reprint', idSchema, (args, ctx) => reprint(ctx, args.id)),
  handler('documents/file', idSchema, (args, ctx) => documentFile(ctx, args.id)),
  handler('documents/batch', batchSchema, (args, ctx) => runBatch(ctx, args)),
  handler('documents/batchCancel', batchIdSchema, (args) => cancelBatch(args.batchId)),
  handler('documents/batchFile', batchIdSchema, (args, ctx) => {
    const { path: _path, ...file } = batchFile(ctx, args.batchId)
    return file
  }),
]
