import { z } from 'zod'
import { handler } from '../registry'
import { id } from '../validation'
import { draftSupervisionNotice, issueSupervisionNotice } from './documents'
import { draftSupervision } from './draft'
import { supervisionCreateSchema, supervisionIssueSchema, supervisionLiftSchema, supervisionListSchema, supervisionReportSchema, supervisionVoidSchema } from './schema'
import { planDateIssuesOfRaw } from './dates'
import { addReport, createSupervision, getSupervisionDetail, liftSupervision, listSupervisions, voidSupervision } from './service'

const byId = z.strictObject({ id: id('督办') })

export const supervisionHandlers = [
  handler('supervisions/draft', z.strictObject({ caseId: id('隐患') }), (args, ctx) => draftSupervision(ctx, args.caseId)),
  handler('supervisions/create', supervisionCreateSchema, (args, ctx) => createSupervision(ctx, args), planDateIssuesOfRaw),
  handler('supervisions/get', byId, (args, ctx) => getSupervisionDetail(ctx, args.id)),
  handler('supervisions/list', supervisionListSchema, (args, ctx) => listSupervisions(ctx, args)),
  handler('supervisions/addReport', supervisionReportSchema, (args, ctx) => addReport(ctx, args)),
  handler('supervisions/lift', supervisionLiftSchema, (args, ctx) => liftSupervision(ctx, args)),
  handler('supervisions/void', supervisionVoidSchema, (args, ctx) => voidSupervision(ctx, args)),
  handler('supervisions/draftNotice', byId, (args, ctx) => draftSupervisionNotice(ctx, args.id)),
  handler('supervisions/issueNotice', supervisionIssueSchema, (args, ctx) => issueSupervisionNotice(ctx, args)),
]
