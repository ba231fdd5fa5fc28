import type { Ctx } from '../context'
import { kindOf } from '../documents/kinds'
import { issueDocument } from '../documents/register/issue'
import { numberPatternOf } from '../documents/register/kind-rules'
import { peekNumber } from '../documents/register/numbering'
import type { DocumentKindCode } from '../documents/types'
import { loadSettings } from '../settings/service'
import { documentNote } from './links'
import type { EscalationEventAction } from '../cases/event-actions'
import type { DocumentFormDraft, IssuedStep } from './schema'
import { recordOnCase } from './timeline'

/*
 * Escalation documents go through the document register: it checks the data against the kind,
 * takes the 文号, renders and files the document. What is added here is the link to every case
 * the document concerns, on each case's timeline.
 */

/** A form filled in with `data`, with the reviewer and signer from the settings and the 文号 it would take. */
export function formDraft(ctx: Ctx, kind: DocumentKindCode, data: Record<string, unknown>): DocumentFormDraft {
  const settings = loadSettings(ctx.db)
  const pattern = numberPatternOf(kind, settings)
  return {
    kind,
    data,
    nextNumber: pattern === null ? null : peekNumber(ctx.db, pattern, Number(ctx.clock.today().slice(0, 4))),
  }
}

export interface StepIssue {
  kind: DocumentKindCode
  data: Record<string, unknown>
  /** every case the document concerns; the register records it against the case when there is just one */
  caseIds: readonly string[]
  subjectId?: string | undefined
  interviewId?: string | undefined
  supervisionId?: string | undefined
  /** what each case's timeline records */
  event: EscalationEventAction
}

/** Issues the document through the register and records it on its cases' timelines; call inside a transaction. */
export function issueStep(ctx: Ctx, s: StepIssue): IssuedStep {
  const only = s.caseIds.length === 1 ? s.caseIds[0] : undefined
  const issued = issueDocument(ctx, {
    kind: s.kind,
    data: s.data,
    caseId: only,
    subjectId: only === undefined ? s.subjectId : undefined,
    interviewId: s.interviewId,
    supervisionId: s.supervisionId,
    caseEvent: s.event,
  })
  const date = issueDateOf(ctx, issued.id)
  // The register records the step on the one case it links; the others are recorded here.
  for (const caseId of s.caseIds.filter((id) => id !== only)) {
    recordOnCase(ctx, { caseId, action: s.event, date, note: documentNote(kindOf(s.kind).name, issued.number), documentId: issued.id })
  }
  return { documentId: issued.id, number: issued.number, path: issued.path }
}

/** The date the register gave the document (its 成文日期). */
export function issueDateOf(ctx: Ctx, documentId: string): string {
  return ctx.db.prepare('SELECT issue_date FROM documents WHERE id = ?').pluck().get(documentId) as string
}
