import { caseStatusLabels, type Case } from '../../cases/schema'
import type { Ctx } from '../../context'
import { AppError } from '../../errors'
import { loadSettings } from '../../settings/service'
import * as subjects from '../../subjects/repo'
import type { DocumentKindCode } from '../types'
import { linkedCase } from './case-step'
import { draftData } from './draft-data'
import { caseSteps, numberPatternOf } from './kind-rules'
import { peekNumber } from './numbering'
import * as repo from './repo'
import type { DocumentDraft } from './types'

/** What issuing will do to the case, in the words of its lifecycle; null when it moves nothing. */
function caseEffect(kind: DocumentKindCode, c: Case | null): string | null {
  const step = caseSteps[kind]
  if (!c || !step) return null
  const now = caseStatusLabels[c.status]
  if (step === 'notice') return c.status === 'registered' ? `签发后，隐患 ${c.number} 转为“${caseStatusLabels.noticed}”` : null
  if (c.status === 'awaiting_recheck' || c.status === 'rectifying') {
    return `签发后，隐患 ${c.number} 登记复查结果：各项均“已整改”为复查合格，否则为复查不合格（须填写新的整改期限或升级处理）`
  }
  return `隐患 ${c.number} 当前为“${now}”，不能登记复查；整改中或待复查的隐患才能出具复查意见书`
}

export function draftDocument(ctx: Ctx, args: { kind: DocumentKindCode; caseId?: string | undefined; subjectId?: string | undefined }): DocumentDraft {
  const settings = loadSettings(ctx.db)
  const theCase = args.caseId === undefined ? null : linkedCase(ctx, args.caseId, args.subjectId)
  const subjectId = theCase?.subjectId ?? args.subjectId
  const subject = subjectId === undefined ? null : (subjects.get(ctx.db, subjectId) ?? null)
  if (subjectId !== undefined && !subject) throw new AppError('NOT_FOUND', '监管对象不存在', 'subjectId')
  const today = ctx.clock.today()
  const pattern = numberPatternOf(args.kind, settings)
  return {
    kind: args.kind,
    data: draftData(args.kind, {
      theCase,
      subject,
      noticeNumber: theCase ? (repo.latestNumber(ctx.db, theCase.id, 'rectification_notice') ?? '') : '',
      today,
      settings,
    }),
    caseId: theCase?.id ?? null,
    subjectId: subject?.id ?? null,
    reviewedBy: settings.docReviewer,
    signedBy: settings.docSigner,
    nextNumber: pattern === null ? null : peekNumber(ctx.db, pattern, Number(today.slice(0, 4))),
    caseEffect: caseEffect(args.kind, theCase),
  }
}
