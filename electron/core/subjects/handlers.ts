import { z } from 'zod'
import { handler } from '../registry'
import * as repo from './repo'
import { subjectCreateSchema, subjectGetSchema, subjectListSchema, subjectUpdateSchema, subjectVoidSchema } from './schema'
import { createSubject, getSubject, updateSubject, voidSubject } from './service'

export const subjectHandlers = [
  handler('subjects/create', subjectCreateSchema, (args, ctx) => createSubject(ctx, args)),
  handler('subjects/update', subjectUpdateSchema, (args, ctx) => updateSubject(ctx, args)),
  handler('subjects/void', subjectVoidSchema, (args, ctx) => voidSubject(ctx, args)),
  handler('subjects/get', subjectGetSchema, (args, ctx) => getSubject(ctx, args.id)),
  handler('subjects/list', subjectListSchema, (args, ctx) => ({ ...repo.list(ctx.db, args), page: args.page, pageSize: args.pageSize })),
  handler('subjectKinds/list', z.strictObject({}), (_args, ctx) => repo.listKinds(ctx.db)),
]
