import { z } from 'zod'
import { handler } from '../registry'
import { verifyChain } from './chain'
import * as repo from './repo'
import { auditListSchema } from './schema'
import { listAudit } from './service'

export const auditLogHandlers = [
  handler('audit/list', auditListSchema, (args, ctx) => listAudit(ctx, args)),
  handler('audit/facets', z.strictObject({}), (_args, ctx) => repo.facets(ctx.db)),
  handler('audit/verify', z.strictObject({}), (_args, ctx) => verifyChain(ctx.db)),
]
