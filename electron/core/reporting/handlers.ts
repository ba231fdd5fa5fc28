import { z } from 'zod'
import { type Ctx } from '../context'
import { notFound } from '../errors'
import { handler } from '../registry'
import { id, isoDate } from '../validation'
import { campaignFigures } from './campaign-figures'
import { chase, draftChase } from './chase'
import { dueReports } from './due'
import { overview } from './overview'
import { createRhythm, getRhythm, listRhythms, updateRhythm, voidRhythm } from './rhythms'
import { chaseSchema, periodArgsSchema, rhythmCreateSchema, rhythmUpdateSchema, rhythmVoidSchema, submissionRecordSchema, submissionVoidSchema } from './schema'
import { getSubmission, recordSubmission, voidSubmission } from './submissions'

/** A campaign's summary runs from its start to its end (or today). */
function wholeCampaign(ctx: Ctx, a: { campaignId: string; from?: string | undefined; to?: string | undefined }) {
  const c = ctx.db.prepare('SELECT start_date, end_date, closed_date FROM campaigns WHERE id = ? AND voided_at IS NULL').get(a.campaignId) as
    | { start_date: string; end_date: string | null; closed_date: string | null }
    | undefined
  if (!c) throw notFound('专项行动', 'campaignId')
  return campaignFigures(ctx, a.campaignId, a.from ?? c.start_date, a.to ?? c.closed_date ?? c.end_date ?? ctx.clock.today())
}

export const reportingHandlers = [
  handler('reporting/rhythms', z.strictObject({ campaignId: id('专项行动') }), (a, ctx) => listRhythms(ctx, a.campaignId)),
  handler('reporting/rhythm', z.strictObject({ id: id('报送事项') }), (a, ctx) => getRhythm(ctx, a.id)),
  handler('reporting/createRhythm', rhythmCreateSchema, (a, ctx) => createRhythm(ctx, a)),
  handler('reporting/updateRhythm', rhythmUpdateSchema, (a, ctx) => updateRhythm(ctx, a)),
  handler('reporting/voidRhythm', rhythmVoidSchema, (a, ctx) => (voidRhythm(ctx, a.id, a.reason), { id: a.id })),
  handler('reporting/overview', z.strictObject({ rhythmId: id('报送事项') }), (a, ctx) => overview(ctx, a.rhythmId)),
  handler('reporting/submission', z.strictObject({ id: id('报送记录') }), (a, ctx) => getSubmission(ctx, a.id)),
  handler('reporting/record', submissionRecordSchema, (a, ctx) => recordSubmission(ctx, a)),
  handler('reporting/voidSubmission', submissionVoidSchema, (a, ctx) => voidSubmission(ctx, a.id, a.reason)),
  handler('reporting/draftChase', periodArgsSchema, (a, ctx) => draftChase(ctx, a.rhythmId, a.periodKey)),
  handler('reporting/chase', chaseSchema, (a, ctx) => chase(ctx, a)),
  handler('reporting/due', z.strictObject({}), (_a, ctx) => dueReports(ctx)),
  handler(
    'reporting/campaignFigures',
    z.strictObject({ campaignId: id('专项行动'), from: isoDate('开始日期').optional(), to: isoDate('结束日期').optional() }),
    (a, ctx) => wholeCampaign(ctx, a),
  ),
]
