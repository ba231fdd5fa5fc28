import { handler } from '../registry'
import { circularDraftSchema, circularIssueSchema } from './schema'
import { draftCircular, issueCircular } from './service'

export const circularHandlers = [
  handler('circulars/draft', circularDraftSchema, (args, ctx) => draftCircular(ctx, args)),
  handler('circulars/issue', circularIssueSchema, (args, ctx) => issueCircular(ctx, args)),
]
