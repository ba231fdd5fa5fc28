import { z } from 'zod'
import { handler } from '../registry'
import { importArgsSchema } from './schema'
import { cancelImport, commitImport, previewImport } from './service'

export const importHandlers = [
  handler('import/preview', importArgsSchema, (args, ctx) => previewImport(ctx, args)),
  handler('import/commit', importArgsSchema, (args, ctx) => commitImport(ctx, args)),
  handler('import/cancel', z.strictObject({}), (_args, ctx) => cancelImport(ctx)),
]
