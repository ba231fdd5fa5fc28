import { caseStatusLabels, type Case } from '../../cases/schema'
import type { Ctx } from '../../context'
import { AppError } from '../../errors'
import { loadSettings } from '../../settings/service'
import * as subjects from '../../subjects/repo'
import type { DocumentKindCode } from '../types'
import { linkedCase } from './case-step'
import { coverable, coveredCases, noticeCandidates, recheckCandidates } from './covered'
import { draftData } from './draft-data'
import { caseSteps, numberPatternOf } from './kind-rules'
import { peekNumber } from './numbering'
import * as repo from './repo'
import type { DocumentDraft } from './types'

/** What issuing will do to the case, in the words of its lifecycle; null when it moves nothing. */
function caseEffect(kind: DocumentKindCode, c: Case | null, covered: number): string | null {
  const step = caseSteps[kind]
  if (!c || !step) return null
  const now = caseStatusLabels[c.status]
  if (step === 'notice' && covered > 1) return `签发后，所列各处隐患均转为“${caseStatusLabels.noticed}”，并在各自的办理过程中记载本通知书`
  if (step === 'notice') return c.status === 'registered' ? `签发后，隐患 ${c.number} 转为“${caseStatusLabels.noticed}”` : null
  if (covered > 1) return '签发后，按每处隐患的复查结论分别登记复查合格或复查不合格（有不合格的须填写新的整改期限或升级处理）'
  if (c.status === 'awaiting_recheck' || c.status === 'rectifying') {
    return `签发后，隐患 ${c.number} 登记复查结果：各项均“已整改”为复查合格，否则为复查不合格（须填写新的整改期限或升级处理）`
  }
  return `隐患 ${c.number} 当前为“${now}”，不能登记复查；整改中或待复查的隐患才能出具复查意见书`
}

/** The cases a draft offers: all those a notice or recheck of this case may cover, or the chosen ones. */
function offered(ctx: Ctx, kind: DocumentKindCode, theCase: Case | null, caseIds: readonly string[] | undefined): Case[] {
  if (!theCase) return []
  if (caseIds !== undefined && caseIds.length > 0) return coveredCases(ctx, kind, theCase.id, caseIds, undefined)
  const step = caseSteps[kind]
  if (step === 'notice') return noticeCandidates(ctx, theCase)
  if (step === 'recheck') return recheckCandidates(ctx, theCase)
  return [theCase]
}

export function draftDocument(ctx: Ctx, args: { kind: DocumentKindCode; caseId?: string | undefined; caseIds?: readonly string[] | undefined; subjectId?: string | undefined }): DocumentDraft {
  const settings = loadSettings(ctx.db)
  const firstId = args.caseId ?? args.caseIds?.[0]
  const theCase = firstId === undefined ? null : linkedCase(ctx, firstId, args.subjectId)
  const cases = offered(ctx, args.kind, theCase, args.caseIds)
  const subjectId = theCase?.subjectId ?? args.subjectId
  const subject = subjectId === undefined ? null : (subjects.get(ctx.db, subjectId) ?? null)
  if (subjectId !== undefined && !subject) throw new AppError('NOT_FOUND', '监管对象不存在', 'subjectId')
  const today = ctx.clock.today()
  const pattern = numberPatternOf(args.kind, settings)
  return {
    kind: args.kind,
    data: draftData(args.kind, {
      theCase,
      cases,
      subject,
      noticeNumber: theCase ? (repo.latestCovering(ctx.db, theCase.id, 'rectification_notice')?.number ?? '') : '',
      today,
      settings,
    }),
    caseId: theCase?.id ?? null,
    caseIds: cases.map((c) => c.id),
    cases: cases.map(coverable),
    subjectId: subject?.id ?? null,
    nextNumber: pattern === null ? null : peekNumber(ctx.db, pattern, Number(today.slice(0, 4))),
    caseEffect: caseEffect(args.kind, theCase, cases.length),
  }
}
