import { audit, stamp } from '../../audit'
import type { Ctx } from '../../context'
import { AppError, notFound } from '../../errors'
import { currentDuty, requireRole } from '../../operators/service'
import type { Settings } from '../../settings/schema'
import { loadSettings } from '../../settings/service'
import { kindOf } from '../kinds'
import { linkedCase } from '../register/case-step'
import { checkData, issueDocument } from '../register/issue'
import { numberPatternOf, summaryOf } from '../register/kind-rules'
import { peekNumber } from '../register/numbering'
import * as repo from './repo'
import type { DocumentDraftRecord, DraftSaveInput, DraftStatus } from './schema'

interface Links {
  interviewId?: string
  supervisionId?: string
  recheck?: DraftSaveInput['recheck']
}

export function toRecord(ctx: Ctx, r: repo.DraftRow, settings: Settings = loadSettings(ctx.db)): DocumentDraftRecord {
  const pattern = numberPatternOf(r.kind, settings)
  const pending = r.status === 'draft' || r.status === 'reviewed'
  const data = JSON.parse(r.data) as Record<string, unknown>
  return {
    id: r.id,
    kind: r.kind,
    kindName: kindOf(r.kind).name,
    title: r.title,
    data,
    caseId: r.case_id,
    caseNumber: r.case_number,
    recipient: summaryOf(r.kind, data).recipient,
    subjectId: r.subject_id,
    status: r.status,
    draftedBy: r.drafted_by,
    draftedAt: r.drafted_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    signedBy: r.signed_by,
    signedAt: r.signed_at,
    returnedNote: r.returned_note,
    documentId: r.document_id,
    number: r.document_number ?? (pending && pattern !== null ? peekNumber(ctx.db, pattern, Number(ctx.clock.today().slice(0, 4))) : null),
    voidReason: r.void_reason,
    updatedAt: r.updated_at,
  }
}

export function draftRow(ctx: Ctx, id: string): repo.DraftRow {
  const r = repo.get(ctx.db, id)
  if (!r) throw notFound('草稿', 'id')
  return r
}

function inState(r: repo.DraftRow, allowed: readonly DraftStatus[], what: string): void {
  if (!allowed.includes(r.status)) {
    const now = { draft: '草稿', reviewed: '已审核', signed: '已签发', voided: '已作废' }[r.status]
    throw new AppError('ILLEGAL_STATE', `「${r.title}」当前为${now}，不能${what}`, 'id')
  }
}

/** One document of a kind waits on a hazard at a time: a second would tell the unit twice. */
function refuseSecondDraft(ctx: Ctx, theCase: { id: string; number: string }, kind: DraftSaveInput['kind']): void {
  const waiting = repo.list(ctx.db, 'open', theCase.id).find((d) => d.kind === kind)
  if (waiting) throw new AppError('CONFLICT', `隐患 ${theCase.number} 已有「${waiting.title}」草稿等待${waiting.status === 'draft' ? '审核' : '签发'}，请先办理或作废该草稿`, 'caseId')
}

/** 经办: saves a draft (new, or a 草稿 changed, e.g. after it was returned). The data is checked as at 签发. */
export function saveDraft(ctx: Ctx, input: DraftSaveInput): DocumentDraftRecord {
  return ctx.db.transaction(() => {
    const settings = loadSettings(ctx.db)
    if (!settings.signOffByOnePerson) requireRole(ctx, 'drafter', '经办')
    const { summary } = checkData(input.kind, input.data, settings)
    const theCase = input.caseId === undefined ? undefined : linkedCase(ctx, input.caseId, input.subjectId)
    if (input.id === undefined && theCase) refuseSecondDraft(ctx, theCase, input.kind)
    const links: Links = {
      ...(input.interviewId ? { interviewId: input.interviewId } : {}),
      ...(input.supervisionId ? { supervisionId: input.supervisionId } : {}),
      ...(input.recheck ? { recheck: input.recheck } : {}),
    }
    const { number: _n, ...data } = input.data
    const write = {
      kind: input.kind,
      title: summary.title,
      data: JSON.stringify(data),
      caseId: theCase?.id ?? null,
      subjectId: theCase?.subjectId ?? input.subjectId ?? null,
      links: JSON.stringify(links),
    }
    const { at, by } = stamp(ctx)
    let id = input.id
    if (id === undefined) {
      id = ctx.newId()
      repo.insert(ctx.db, id, write, at, by)
    } else {
      inState(draftRow(ctx, id), ['draft'], '修改（退回经办后才能修改）')
      repo.update(ctx.db, id, write, at, by)
    }
    audit(ctx, { action: input.id === undefined ? 'draft' : 'update', entity: 'documentDraft', entityId: id, data: { kind: input.kind, title: summary.title } })
    return toRecord(ctx, draftRow(ctx, id), settings)
  })()
}

/** 审核: passes the draft on to 签发, or returns it to the drafter with a note. The drafter does not check their own. */
export function reviewDraft(ctx: Ctx, input: { id: string; approve: boolean; note: string }): DocumentDraftRecord {
  return ctx.db.transaction(() => {
    const settings = loadSettings(ctx.db)
    const r = draftRow(ctx, input.id)
    inState(r, ['draft'], '审核')
    if (!settings.signOffByOnePerson) {
      const duty = requireRole(ctx, 'reviewer', '审核')
      if (duty.name === r.drafted_by) throw new AppError('FORBIDDEN', `「${r.title}」由${duty.name}经办，须由另一位有审核权限的操作员审核`, 'operator')
    }
    if (!input.approve && input.note === '') throw new AppError('VALIDATION', '退回时请写明审核意见（要修改什么）', 'note')
    const { at, by } = stamp(ctx)
    if (input.approve) repo.setReviewed(ctx.db, r.id, at, by)
    else repo.setReturned(ctx.db, r.id, input.note, at, by)
    audit(ctx, { action: input.approve ? 'review' : 'return', entity: 'documentDraft', entityId: r.id, data: { title: r.title, note: input.note } })
    return toRecord(ctx, draftRow(ctx, r.id), settings)
  })()
}

/**
 * 签发: the draft becomes a registered document and only now takes its 文号. The register records
 * who drafted, checked and signed it. In a one-person office a 草稿 may be signed directly, the
 * signer then also counting as its reviewer.
 */
export function signDraft(ctx: Ctx, id: string): DocumentDraftRecord {
  return ctx.db
    .transaction(() => {
      const settings = loadSettings(ctx.db)
      const r = draftRow(ctx, id)
      const onePerson = settings.signOffByOnePerson
      inState(r, onePerson ? ['draft', 'reviewed'] : ['reviewed'], onePerson ? '签发' : '签发（须先审核）')
      const duty = onePerson ? currentDuty(ctx) : requireRole(ctx, 'signer', '签发')
      const { at, by } = stamp(ctx)
      const links = JSON.parse(r.links) as Links
      const issued = issueDocument(ctx, {
        kind: r.kind,
        data: JSON.parse(r.data) as Record<string, unknown>,
        caseId: r.case_id ?? undefined,
        subjectId: r.subject_id ?? undefined,
        interviewId: links.interviewId,
        supervisionId: links.supervisionId,
        recheck: links.recheck,
        signOff: { draftedBy: r.drafted_by, reviewedBy: r.reviewed_by ?? duty.name, signedBy: duty.name },
      })
      repo.setSigned(ctx.db, r.id, issued.id, r.reviewed_by ?? by, r.reviewed_at ?? at, at, by)
      audit(ctx, { action: 'sign', entity: 'documentDraft', entityId: r.id, data: { title: r.title, documentId: issued.id, number: issued.number } })
      return toRecord(ctx, draftRow(ctx, r.id), settings)
    })
    .immediate()
}

export function voidDraft(ctx: Ctx, id: string, reason: string): DocumentDraftRecord {
  return ctx.db.transaction(() => {
    const r = draftRow(ctx, id)
    inState(r, ['draft', 'reviewed'], '作废（已签发的文书在发文登记中作废）')
    const { at, by } = stamp(ctx)
    repo.setVoided(ctx.db, r.id, reason, at, by)
    audit(ctx, { action: 'void', entity: 'documentDraft', entityId: r.id, data: { title: r.title, reason } })
    return toRecord(ctx, draftRow(ctx, r.id))
  })()
}
