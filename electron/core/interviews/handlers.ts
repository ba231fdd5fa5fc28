import { z } from 'zod'
import { handler } from '../registry'
import { id } from '../validation'
import { draftInterviewDocument, issueInterviewDocument } from './documents'
import { draftInterview } from './draft'
import { addCommitment, closeCommitment, recordMinutes } from './minutes'
import {
  addCommitmentSchema,
  closeCommitmentSchema,
  interviewCreateSchema,
  interviewDraftPlanSchema,
  interviewDraftSchema,
  interviewIssueSchema,
  interviewListSchema,
  interviewUpdateSchema,
  interviewVoidSchema,
  recordMinutesSchema,
} from './schema'
import { createInterview, getInterviewDetail, listInterviews, updateInterview, voidInterview } from './service'

export const interviewHandlers = [
  handler('interviews/draft', interviewDraftPlanSchema, (args, ctx) => draftInterview(ctx, args.caseIds)),
  handler('interviews/create', interviewCreateSchema, (args, ctx) => createInterview(ctx, args)),
  handler('interviews/get', z.strictObject({ id: id('约谈') }), (args, ctx) => getInterviewDetail(ctx, args.id)),
  handler('interviews/list', interviewListSchema, (args, ctx) => listInterviews(ctx, args)),
  handler('interviews/update', interviewUpdateSchema, (args, ctx) => updateInterview(ctx, args)),
  handler('interviews/recordMinutes', recordMinutesSchema, (args, ctx) => recordMinutes(ctx, args)),
  handler('interviews/addCommitment', addCommitmentSchema, (args, ctx) => addCommitment(ctx, args)),
  handler('interviews/closeCommitment', closeCommitmentSchema, (args, ctx) => closeCommitment(ctx, args)),
  handler('interviews/void', interviewVoidSchema, (args, ctx) => voidInterview(ctx, args)),
  handler('interviews/draftDocument', interviewDraftSchema, (args, ctx) => draftInterviewDocument(ctx, args.id, args.kind)),
  handler('interviews/issueDocument', interviewIssueSchema, (args, ctx) => issueInterviewDocument(ctx, args)),
]
