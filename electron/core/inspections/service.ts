import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { stmt } from '../cases/sql'
import { CASE_COLUMNS, CASE_JOINS, toCase, type CaseRow } from '../cases/repo'
import { inTx, type Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { ofInspection } from '../inspectors/repo'
import * as repo from './repo'
import type { InspectionDetail, inspectionVoidSchema } from './schema'

export function getInspectionDetail(ctx: Ctx, id: string): InspectionDetail {
  const row = repo.get(ctx.db, id)
  if (!row) throw notFound('检查记录', 'id')
  const cases = (stmt(ctx.db, `SELECT ${CASE_COLUMNS} FROM cases c ${CASE_JOINS} WHERE c.inspection_id = ? ORDER BY c.year, c.seq`).all(id) as CaseRow[]).map((r) =>
    toCase(r, ctx.clock.today()),
  )
  return { ...row, roster: ofInspection(ctx.db, id), cases }
}

/**
 * An inspection entered by mistake is voided with a reason. While it has live hazards it stays:
 * they are voided (or kept) one by one first, so no case loses the inspection it came from unseen.
 */
export function voidInspection(ctx: Ctx, input: z.output<typeof inspectionVoidSchema>): InspectionDetail {
  return inTx(ctx, () => {
    const before = getInspectionDetail(ctx, input.id)
    if (before.voidedAt) throw new AppError('ILLEGAL_STATE', '该检查记录已作废', 'id')
    if (before.hazardCount > 0) {
      throw new AppError('ILLEGAL_STATE', `该检查登记了${before.hazardCount}条隐患，请先作废这些隐患再作废检查记录`, 'id')
    }
    const { at, by } = stamp(ctx)
    repo.markVoided(ctx.db, input.id, input.reason, at, by)
    audit(ctx, { action: 'void', entity: 'inspection', entityId: input.id, data: { reason: input.reason } })
    return getInspectionDetail(ctx, input.id)
  })
}
