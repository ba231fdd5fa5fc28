import type { Case, CaseStatus } from '../../cases/schema'
import { getCase } from '../../cases/service'
import type { Ctx } from '../../context'
import { stmt } from '../../cases/sql'
import { AppError } from '../../errors'
import type { DocumentKindCode } from '../types'
import { linkedCase } from './case-step'
import { caseSteps } from './kind-rules'
import * as repo from './repo'
import type { CoverableCase } from './types'

/*
 * The cases a 整改通知书 or 复查意见书 covers. One notice goes to one unit for all the hazards
 * found in one inspection, and moves every one of them; the recheck opinion of that notice
 * records the outcome of each. A document of another kind covers its one case, if any.
 */

export const coverable = (c: Case): CoverableCase => ({
  id: c.id,
  number: c.number,
  status: c.status,
  description: c.description,
  basis: c.legalBasis,
  requirement: c.requirement,
  deadline: c.deadline,
})

/**
 * Registered (not yet noticed) live cases of the unit found in the same inspection as `c` — or,
 * registered without an inspection record, on the same day — with `c` itself, in registration order.
 */
export function noticeCandidates(ctx: Ctx, c: Case): Case[] {
  const ids = stmt(
    ctx.db,
    `SELECT id FROM cases WHERE subject_id = ? AND (id = ? OR (status = 'registered' AND
       (CASE WHEN ? IS NULL THEN inspection_id IS NULL AND found_date = ? ELSE inspection_id = ? END))) ORDER BY rid`,
  )
    .pluck()
    .all(c.subjectId, c.id, c.inspectionId, c.foundDate, c.inspectionId) as string[]
  return ids.map((id) => getCase(ctx, id))
}

const RECHECKABLE: ReadonlySet<CaseStatus> = new Set(['rectifying', 'awaiting_recheck'])

/** The cases of the latest notice covering `c` that can be rechecked now, with `c` itself. */
export function recheckCandidates(ctx: Ctx, c: Case): Case[] {
  const notice = repo.latestCovering(ctx.db, c.id, 'rectification_notice')
  const ids = notice ? repo.casesOf(ctx.db, notice.id) : [c.id]
  return ids.map((id) => getCase(ctx, id)).filter((x) => x.id === c.id || RECHECKABLE.has(x.status))
}

/**
 * The cases a document is issued for: the case it is issued from, then the others chosen; all
 * live and of one unit. A notice or recheck for hazards of two units is refused.
 */
export function coveredCases(ctx: Ctx, kind: DocumentKindCode, caseId: string | undefined, caseIds: readonly string[] | undefined, subjectId: string | undefined): Case[] {
  const ids = [...new Set([...(caseId === undefined ? [] : [caseId]), ...(caseIds ?? [])])]
  if (ids.length > 1 && caseSteps[kind] === undefined) throw new AppError('VALIDATION', '这种文书只能关联一处隐患', 'caseIds')
  const cases = ids.map((id, n) => {
    try {
      return linkedCase(ctx, id, subjectId)
    } catch (e) {
      if (e instanceof AppError && n > 0) throw new AppError(e.code, e.message, 'caseIds')
      throw e
    }
  })
  const units = [...new Set(cases.map((c) => c.subjectName))]
  if (new Set(cases.map((c) => c.subjectId)).size > 1) {
    throw new AppError('VALIDATION', `所选隐患属于不同单位（${units.join('、')}），一份文书只能写给一个单位，请按单位分别出具`, 'caseIds')
  }
  return cases
}
