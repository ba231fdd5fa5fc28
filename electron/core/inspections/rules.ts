import type { Ctx } from '../context'
import { AppError } from '../errors'
import { rosterNames } from '../inspectors/service'

/**
 * Who went on an inspection: the roster people chosen (their names become the 检查人员 text), or
 * names typed for people not on the roster. One of the two is required.
 */
export function inspectorNames(ctx: Ctx, input: { inspectorIds: readonly string[]; inspectors: string }): string {
  if (input.inspectorIds.length > 0) {
    const names = rosterNames(ctx, input.inspectorIds, 'inspectorIds')
    return input.inspectors === '' ? names : input.inspectors
  }
  if (input.inspectors === '') throw new AppError('VALIDATION', '请选择检查人员', 'inspectorIds')
  return input.inspectors
}

/** A campaign tag must name a campaign that exists and is not voided. */
export function assertCampaign(ctx: Ctx, campaignId: string | undefined, field = 'campaignId'): void {
  if (campaignId === undefined) return
  const c = ctx.db.prepare('SELECT voided_at AS voidedAt FROM campaigns WHERE id = ?').get(campaignId) as { voidedAt: string | null } | undefined
  if (!c || c.voidedAt) throw new AppError('VALIDATION', '所选专项行动不存在或已作废', field)
}
