import type { z } from 'zod'
import { audit, stamp } from '../audit'
import { toCase } from '../cases/repo'
import { inTx, type Ctx } from '../context'
import { AppError } from '../errors'
import { ofSubject } from '../inspections/repo'
import { itemsOfSubject } from '../revisits/repo'
import { setLatestColorReason } from '../subjects/repo'
import { getSubject } from '../subjects/service'
import type { Subject } from '../subjects/schema'
import * as repo from './repo'
import { riskColorNames, type Dossier, type recolorSchema } from './schema'
import { unitTimeline } from './timeline'

/** Everything about one unit, read in one go (a dozen indexed queries). */
export function buildDossier(ctx: Ctx, subjectId: string): Dossier {
  const subject = getSubject(ctx, subjectId)
  const today = ctx.clock.today()
  const cases = repo.casesOf(ctx.db, subjectId).map((r) => toCase(r, today))
  const inspections = ofSubject(ctx.db, subjectId)
  const colors = repo.colorsOf(ctx.db, subjectId)
  const documents = repo.documentsOf(ctx.db, subjectId)
  const interviews = repo.interviewsOf(ctx.db, subjectId)
  const supervisions = repo.supervisionsOf(ctx.db, subjectId)
  const revisits = itemsOfSubject(ctx.db, subjectId).map((x) => ({
    itemId: x.id,
    revisitId: x.revisitId,
    revisitTitle: x.revisitTitle,
    caseId: x.caseId,
    caseNumber: x.caseNumber,
    outcome: x.outcome,
    checkedOn: x.checkedOn,
    note: x.note,
    newCaseId: x.newCaseId,
    newCaseNumber: x.newCaseNumber,
  }))
  const live = cases.filter((c) => c.status !== 'voided')
  const open = live.filter((c) => c.status !== 'closed')
  const liveInspections = inspections.filter((i) => i.voidedAt === null)
  return {
    subject,
    colors,
    counts: {
      cases: live.length,
      open: open.length,
      overdue: open.filter((c) => c.overdue).length,
      closed: live.length - open.length,
      majorOpen: open.filter((c) => c.severity === 'major').length,
      inspections: liveInspections.length,
      noHazardInspections: liveInspections.filter((i) => i.hazardCount === 0).length,
      relapses: revisits.filter((r) => r.outcome === 'relapsed').length,
      revisited: revisits.filter((r) => r.outcome !== null).length,
    },
    inspections,
    cases,
    documents,
    interviews,
    supervisions,
    revisits,
    timeline: unitTimeline({ inspections, colors, documents, interviews, supervisions }, repo.caseEventsOf(ctx.db, subjectId)),
    takenAt: ctx.clock.now(),
  }
}

/** Changes a unit's 绿灰黄红 colour with its reason; the history keeps the old colour, the new one and why. */
export function recolorSubject(ctx: Ctx, input: z.output<typeof recolorSchema>): Subject {
  return inTx(ctx, () => {
    const before = getSubject(ctx, input.id)
    if (before.voidedAt) throw new AppError('ILLEGAL_STATE', `「${before.name}」已作废，不能调整分类`, 'id')
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
      throw new AppError('CONFLICT', `「${before.name}」已被${before.updatedBy}修改，请重新打开后再保存`)
    }
    if (before.riskColor === input.riskColor) throw new AppError('VALIDATION', `「${before.name}」已是${riskColorNames[input.riskColor]}色`, 'riskColor')
    const { at, by } = stamp(ctx)
    repo.setColor(ctx.db, before.id, input.riskColor, at, by)
    setLatestColorReason(ctx.db, before.id, input.reason)
    audit(ctx, { action: 'recolor', entity: 'subject', entityId: before.id, data: { from: before.riskColor, to: input.riskColor, reason: input.reason } })
    return getSubject(ctx, before.id)
  })
}
