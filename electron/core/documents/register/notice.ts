import { refusal } from '../../cases/lifecycle'
import type { Case } from '../../cases/schema'
import { getCase } from '../../cases/service'
import type { Ctx } from '../../context'
import { AppError } from '../../errors'
import { loadSettings } from '../../settings/service'
import * as subjects from '../../subjects/repo'
import { draftData } from './draft-data'
import { issueDocument } from './issue'

/**
 * 下发整改通知 asked of one case (`cases/transition {action:'notice'}`, the command line): no state
 * changes without the document, so the notice is issued in the same step, drafted from the
 * ledger, numbered and registered, and the case moves with it. A notice for several hazards, or
 * one with edited text, is issued with `documents/issue`.
 */
export function noticeByIssuing(ctx: Ctx, input: { id: string; date?: string | undefined; expectedUpdatedAt?: string | undefined }): Case {
  const c = getCase(ctx, input.id)
  if (c.status !== 'registered') throw new AppError('ILLEGAL_STATE', refusal(c.status, 'notice'), 'action')
  if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== c.updatedAt) {
    throw new AppError('CONFLICT', `隐患 ${c.number} 已被${c.updatedBy}修改，请刷新后再操作`)
  }
  const today = ctx.clock.today()
  const data = draftData('rectification_notice', {
    theCase: c,
    cases: [c],
    subject: subjects.get(ctx.db, c.subjectId) ?? null,
    noticeNumber: '',
    today,
    settings: loadSettings(ctx.db),
  })
  issueDocument(ctx, { kind: 'rectification_notice', caseId: c.id, data: { ...data, date: input.date ?? today } })
  return getCase(ctx, c.id)
}
