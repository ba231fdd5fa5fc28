import type { z } from 'zod'
import { audit } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError } from '../errors'
import { liveCampaign } from './service'
import type { campaignTagSchema, CampaignTagged } from './schema'

/** The records a campaign tag goes on, and their tables (fixed names: never from input). */
const TABLES = { case: 'cases', inspection: 'inspections', interview: 'interviews', supervision: 'supervisions', document: 'documents' } as const

/**
 * Tags records with a campaign (or clears the tag with campaignId null): the hazards found in its
 * checks, its interviews, supervisions and documents, so lists and summaries can be cut by campaign.
 */
export function tagRecords(ctx: Ctx, input: z.output<typeof campaignTagSchema>): CampaignTagged {
  return inTx(ctx, () => {
    if (input.campaignId !== null) liveCampaign(ctx, input.campaignId, 'campaignId')
    const table = TABLES[input.entity]
    const update = ctx.db.prepare(`UPDATE ${table} SET campaign_id = ? WHERE id = ?`)
    for (const [i, id] of input.ids.entries()) {
      if (update.run(input.campaignId, id).changes !== 1) throw new AppError('NOT_FOUND', `第${i + 1}条记录不存在`, `ids.${i}`)
    }
    audit(ctx, { action: 'tagCampaign', entity: input.entity, entityId: input.ids.join(','), data: { campaignId: input.campaignId } })
    return input.campaignId === null ? { cases: 0, inspections: 0, interviews: 0, supervisions: 0, documents: 0 } : tagged(ctx, input.campaignId)
  })
}

/** How many live records carry the campaign's tag. */
export function tagged(ctx: Ctx, campaignId: string): CampaignTagged {
  const n = (sql: string) => (ctx.db.prepare(sql).get(campaignId) as { n: number }).n
  return {
    cases: n("SELECT count(*) AS n FROM cases WHERE campaign_id = ? AND status <> 'voided'"),
    inspections: n('SELECT count(*) AS n FROM inspections WHERE campaign_id = ?'),
    interviews: n('SELECT count(*) AS n FROM interviews WHERE campaign_id = ? AND voided_at IS NULL'),
    supervisions: n('SELECT count(*) AS n FROM supervisions WHERE campaign_id = ? AND voided_at IS NULL'),
    documents: n("SELECT count(*) AS n FROM documents WHERE campaign_id = ? AND status = 'issued'"),
  }
}
