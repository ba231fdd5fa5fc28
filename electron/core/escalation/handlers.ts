import { z } from 'zod'
import { handler } from '../registry'
import { escalationDashboard } from './dashboard'
import { draftLetter, issueLetter } from './letters'
import { ladderSchema, letterDraftSchema, letterIssueSchema, proposalsSchema } from './schema'
import { caseLadder, proposals } from './service'

export const escalationHandlers = [
  handler('escalation/proposals', proposalsSchema, (args, ctx) => proposals(ctx, args)),
  handler('escalation/ladder', ladderSchema, (args, ctx) => caseLadder(ctx, args.caseId)),
  handler('escalation/draftLetter', letterDraftSchema, (args, ctx) => draftLetter(ctx, args)),
  handler('escalation/issueLetter', letterIssueSchema, (args, ctx) => issueLetter(ctx, args)),
  handler('escalation/dashboard', z.strictObject({}), (_args, ctx) => escalationDashboard(ctx)),
]
