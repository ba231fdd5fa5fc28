import type { Case } from '../../cases/schema'
import { getCase } from '../../cases/service'
import { appendEvent } from '../../cases/timeline'
import { transitionCase } from '../../cases/transition'
import type { Ctx } from '../../context'
import { formatDateZh } from '../../dates'
import { AppError, isAppError } from '../../errors'
import type { EscalationEventAction } from '../../cases/event-actions'
import type { DocumentKindCode } from '../types'
import { caseEvents, caseSteps } from './kind-rules'

/*
 * A document and its case stay consistent: issuing a rectification notice moves a registered
 * case to 已下发整改通知, a recheck opinion records the recheck (passed when every hazard is
 * rectified). Both run inside the issuing transaction, so either all of it happens or none.
 */

export interface RecheckChoice {
  newDeadline?: string | undefined
  escalate: boolean
}

/** The linked case, refused when voided; a case fixes the subject of its document. */
export function linkedCase(ctx: Ctx, caseId: string, subjectId: string | undefined): Case {
  const c = getCase(ctx, caseId)
  if (c.status === 'voided') throw new AppError('ILLEGAL_STATE', `隐患 ${c.number} 已作废，不能再出具文书`, 'caseId')
  if (subjectId !== undefined && subjectId !== c.subjectId) throw new AppError('VALIDATION', `隐患 ${c.number} 不属于所选监管对象`, 'subjectId')
  return c
}

/** A case's refusal names the transition's own field; the form knows the document's. */
function inForm<T>(fieldMap: Record<string, string>, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (isAppError(e) && e.field !== undefined && e.field in fieldMap) throw new AppError(e.code, e.message, fieldMap[e.field])
    throw e
  }
}

const resultsOf = (data: Readonly<Record<string, unknown>>): { caseId?: string; outcome?: unknown }[] =>
  Array.isArray(data.results) ? data.results.map((r: unknown) => (r !== null && typeof r === 'object' ? (r as { caseId?: string; outcome?: unknown }) : {})) : []

interface StepDocument {
  id: string
  kind: DocumentKindCode
  kindName: string
  number: string | null
  issueDate: string
  data: Readonly<Record<string, unknown>>
}

/**
 * Records on each case the document covers what it does: a lifecycle step for a notice or a
 * recheck opinion, otherwise a timeline step (`event`, or the kind's own) that leaves the status
 * as it is. A recheck result names its case; the results of a document about one case without
 * case ids are all that case's (passed only when every one passed).
 */
export function recordCaseSteps(ctx: Ctx, cases: readonly Case[], doc: StepDocument, recheck: RecheckChoice | undefined, event: EscalationEventAction | undefined): void {
  const results = resultsOf(doc.data)
  for (const c of cases) {
    const own = results.filter((r) => r.caseId === c.id)
    const outcomes = (own.length > 0 ? own : cases.length === 1 ? results : []).map((r) => r.outcome)
    recordCaseStep(ctx, c, doc, outcomes.length > 0 && outcomes.every((o) => o === 'passed'), recheck, event)
  }
}

function recordCaseStep(ctx: Ctx, c: Case, doc: StepDocument, passed: boolean, recheck: RecheckChoice | undefined, event: EscalationEventAction | undefined): void {
  // The note names the document, so the timeline reads 「消防安全隐患限期整改通知书 柳市…〔2024〕3号」.
  const named = doc.number === null ? doc.kindName : `${doc.kindName} ${doc.number}`
  const common = { id: c.id, note: named, documentId: doc.id }
  const step = caseSteps[doc.kind]
  if (step === undefined) {
    const action = event ?? caseEvents[doc.kind]
    if (action) appendEvent(ctx, { caseId: c.id, action, fromStatus: c.status, toStatus: c.status, date: doc.issueDate, note: common.note, documentId: doc.id })
    return
  }
  if (c.status === 'closed') throw new AppError('ILLEGAL_STATE', `隐患 ${c.number} 已销号，不能再出具${doc.kindName}`, 'caseId')
  if (step === 'notice') {
    const date = String(doc.data.date)
    if (c.status === 'registered') transitionCase(ctx, { ...common, action: 'notice', date })
    // Noticed before (the first notice voided, or a step taken without one): the new notice is linked all the same.
    else appendEvent(ctx, { caseId: c.id, action: 'notice', fromStatus: c.status, toStatus: c.status, date, note: named, documentId: doc.id })
    return
  }
  const date = String(doc.data.recheckDate)
  const newDeadline = recheck?.newDeadline
  inForm({ date: 'recheckDate' }, () => {
    if (c.status === 'rectifying') transitionCase(ctx, { ...common, action: 'requestRecheck', date })
    if (passed) transitionCase(ctx, { ...common, note: `${named}：已整改到位`, action: 'recheckPassed', date })
    else {
      const next = newDeadline ? `，新的整改期限为${formatDateZh(newDeadline)}` : recheck?.escalate ? '，升级处理' : ''
      transitionCase(ctx, {
        ...common,
        note: `${named}：未整改到位${next}`,
        action: 'recheckFailed',
        date,
        escalate: recheck?.escalate ?? false,
        ...(newDeadline ? { newDeadline } : {}),
      })
    }
  })
}
