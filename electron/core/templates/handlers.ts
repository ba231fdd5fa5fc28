import { z } from 'zod'
import { handler } from '../registry'
import { templateFileSchema, templateKindSchema, templateUploadSchema } from './schema'
import { checkUpload, listTemplates, replaceTemplate, restoreTemplate, templateFile } from './service'

export const templateHandlers = [
  handler('templates/list', z.strictObject({}), (_args, ctx) => listTemplates(ctx)),
  handler('templates/check', templateUploadSchema, (args, ctx) => checkUpload(ctx, args.kind, args.base64)),
  handler('templates/replace', templateUploadSchema, (args, ctx) => replaceTemplate(ctx, args.kind, args.base64)),
  handler('templates/restore', templateKindSchema, (args, ctx) => restoreTemplate(ctx, args.kind)),
  handler('templates/file', templateFileSchema, (args, ctx) => templateFile(ctx, args.kind, args.builtin)),
]
