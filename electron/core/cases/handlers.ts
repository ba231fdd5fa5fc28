import { noticeByIssuing } from '../documents/register/notice'
import { handler } from '../registry'
import { list } from './list-repo'
import { caseCreateSchema, caseGetSchema, caseListSchema, caseTransitionSchema, caseUpdateSchema, inspectionCreateSchema } from './schema'
import { createCase, createInspection, getCaseDetail } from './service'
import { stepDayIssuesOfRaw, transitionCase } from './transition'
import { updateCase } from './update'

export const caseHandlers = [
  handler('cases/create', caseCreateSchema, (args, ctx) => createCase(ctx, args)),
  handler('cases/createInspection', inspectionCreateSchema, (args, ctx) => createInspection(ctx, args)),
  handler('cases/update', caseUpdateSchema, (args, ctx) => updateCase(ctx, args)),
  handler('cases/get', caseGetSchema, (args, ctx) => getCaseDetail(ctx, args.id)),
  handler('cases/list', caseListSchema, (args, ctx) => ({ ...list(ctx.db, args, ctx.clock.today()), page: args.page, pageSize: args.pageSize })),
  // 下发整改通知 issues the notice in the same step: the state never moves without the document.
  handler(
    'cases/transition',
    caseTransitionSchema,
    (args, ctx) => (args.action === 'notice' ? noticeByIssuing(ctx, args) : transitionCase(ctx, args)),
    stepDayIssuesOfRaw,
  ),
]
