import { z } from 'zod'
import { handler } from '../registry'
import { text } from '../validation'
import { registeredTwins } from './duplicates'
import { pickSubjects } from './pick'
import * as repo from './repo'
import { subjectCreateSchema, subjectDuplicatesSchema, subjectGetSchema, subjectListSchema, subjectUpdateSchema, subjectVoidSchema } from './schema'
import { createSubject, getSubject, updateSubject, voidSubject } from './service'

const pickSchema = z.strictObject({
  text: text('关键字', 100).default(''),
  limit: z.number({ error: '条数必须是数字' }).int('条数必须是整数').min(1, '条数至少为1').max(100, '条数不能超过100').default(30),
})

export const subjectHandlers = [
  handler('subjects/create', subjectCreateSchema, (args, ctx) => createSubject(ctx, args)),
  handler('subjects/update', subjectUpdateSchema, (args, ctx) => updateSubject(ctx, args)),
  handler('subjects/void', subjectVoidSchema, (args, ctx) => voidSubject(ctx, args)),
  handler('subjects/get', subjectGetSchema, (args, ctx) => getSubject(ctx, args.id)),
  handler('subjects/duplicates', subjectDuplicatesSchema, (args, ctx) => registeredTwins(ctx, args, args.id)),
  handler('subjects/pick', pickSchema, (args, ctx) => pickSubjects(ctx, args.text, args.limit)),
  handler('subjects/list', subjectListSchema, (args, ctx) => ({ ...repo.list(ctx.db, args), page: args.page, pageSize: args.pageSize })),
  handler('subjectKinds/list', z.strictObject({}), (_args, ctx) => repo.listKinds(ctx.db)),
]
