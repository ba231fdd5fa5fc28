import { z } from 'zod'
import { handler } from '../registry'
import { id } from '../validation'
import { itemsSaveSchema, progressSchema, rankingSchema, targetsSchema, visitListSchema, visitRecordSchema, visitVoidSchema } from './schema'
import { listVisits, recordVisit, saveItems, scoreSheet, setTargets, visitProgress, voidVisit } from './scoring'
import { ranking } from './service'

export const rankingHandlers = [
  handler('ranking/sheet', z.strictObject({ campaignId: id('专项行动') }), (a, ctx) => scoreSheet(ctx, a.campaignId)),
  handler('ranking/saveItems', itemsSaveSchema, (a, ctx) => saveItems(ctx, a)),
  handler('ranking/setTargets', targetsSchema, (a, ctx) => setTargets(ctx, a)),
  handler('ranking/recordVisit', visitRecordSchema, (a, ctx) => recordVisit(ctx, a)),
  handler('ranking/voidVisit', visitVoidSchema, (a, ctx) => voidVisit(ctx, a.id, a.reason)),
  handler('ranking/visits', visitListSchema, (a, ctx) => listVisits(ctx, a.campaignId, a.month)),
  handler('ranking/progress', progressSchema, (a, ctx) => visitProgress(ctx, a)),
  handler('ranking/get', rankingSchema, (a, ctx) => ranking(ctx, a)),
]
