import { existsSync } from 'node:fs'
import { audit } from '../../audit'
import type { Ctx } from '../../context'
import { AppError } from '../../errors'
import type { EscalationEventAction } from '../../cases/event-actions'
import type { Settings } from '../../settings/schema'
import { loadSettings } from '../../settings/service'
import * as subjects from '../../subjects/repo'
import { sha256Of, templateInUse, type TemplateInUse } from '../../templates/store'
import { formatDocNumber } from '../format'
import { kindOf } from '../kinds'
import { render } from '../render'
import type { DocumentKindCode, RenderSettings } from '../types'
import { recordCaseSteps, type RecheckChoice } from './case-step'
import { coveredCases } from './covered'
import { absolutePath, documentPathOf, writeFileAtomic } from './files'
import { numberPatternOf, summaryOf } from './kind-rules'
import { prefixOf } from './numbering'
import { recheckConclusion, rowCaseIds, rowsForCases } from './rows'
import * as repo from './repo'
import type { IssuedDocument } from './types'

export interface IssueRequest {
  kind: DocumentKindCode
  data: Record<string, unknown>
  caseId?: string | undefined
  /** further cases of the same unit the document covers (one notice for a unit's hazards) */
  caseIds?: readonly string[] | undefined
  subjectId?: string | undefined
  interviewId?: string | undefined
  supervisionId?: string | undefined
  /**
   * Set by the sign-off (签发 of a draft): who drafted, checked and signed it. Without it the
   * document is issued in one step, which only an office that lets one person do every step
   * allows: the operator on duty is recorded for all three.
   */
  signOff?: { draftedBy: string; reviewedBy: string; signedBy: string } | undefined
  recheck?: RecheckChoice | undefined
  /** The step the linked case's timeline records, when the kind's own is not the right one (e.g. 安排约谈). */
  caseEvent?: EscalationEventAction | undefined
  batchId?: string | undefined
  /** Staff confirmed a date outside the usual window (before 2000 or after next year). */
  confirmDate?: boolean | undefined
}

/** What a batch reads once for all its letters. */
export interface IssueContext {
  settings: Settings
  template: TemplateInUse
}

export const renderSettingsOf = (s: Settings): RenderSettings => ({
  officeName: s.officeName,
  officeMark: s.officeMark,
  contactPerson: s.contactPerson,
  contactPhone: s.contactPhone,
  docPrintedBy: s.docPrintedBy,
  docSealed: s.docSealed,
})

/**
 * A recheck opinion's conclusion and new deadline come from its results and the recheck choice,
 * whatever text the form held: 已整改到位 only when every hazard passed.
 */
function withConclusion(data: Record<string, unknown>, recheck: RecheckChoice | undefined): Record<string, unknown> {
  const results = data.results as { description: string; outcome: 'passed' | 'failed' }[]
  const newDeadline = recheck?.newDeadline ?? (typeof data.newDeadline === 'string' ? data.newDeadline : undefined)
  const failed = results.some((r) => r.outcome === 'failed')
  const { newDeadline: _typed, ...rest } = data
  return { ...rest, ...(failed && newDeadline ? { newDeadline } : {}), conclusion: recheckConclusion(results, failed ? newDeadline : undefined, recheck?.escalate ?? false) }
}

/** Stands in for the 文号 while the data is checked: the real one is taken only once all is valid. */
const PENDING_NUMBER = '待编号'

/** A kind's data checked against its schema (the 文号 is not the caller's to give), and its register summary. */
export function checkData(kind: DocumentKindCode, data: Record<string, unknown>, settings: Settings) {
  const { number: _ignored, ...fields } = data
  const checked = kindOf(kind).parse(numberPatternOf(kind, settings) === null ? fields : { ...fields, number: PENDING_NUMBER })
  return { checked, summary: summaryOf(kind, checked) }
}

/**
 * The combined path (draft, check and sign in one call) is for an office where one person may
 * do all three; otherwise a document goes through the sign-off of a draft.
 */
function assertOnePersonAllowed(settings: Settings, req: IssueRequest): void {
  if (req.signOff === undefined && !settings.signOffByOnePerson) {
    throw new AppError('FORBIDDEN', '本办文书须经经办、审核、签发三步：请先保存为草稿送审（可在“设置 → 文书签发”中改为一人办理）', 'kind')
  }
}

/** A typo in the date (2099) would take 〔2099〕1号 and open a year of numbers: refused unless confirmed. */
function assertSaneYear(ctx: Ctx, year: number, confirmed: boolean): void {
  const next = Number(ctx.clock.today().slice(0, 4)) + 1
  if (confirmed || (year >= 2000 && year <= next)) return
  throw new AppError('VALIDATION', `成文日期的年份是 ${year} 年，不在 2000 年至 ${next} 年之间；如确实如此，请确认后再签发`, 'data.date')
}

function liveSubjectId(ctx: Ctx, id: string): string {
  const s = subjects.get(ctx.db, id)
  if (!s) throw new AppError('NOT_FOUND', '监管对象不存在', 'subjectId')
  return s.id
}

/**
 * Issues one document: checks its data, takes the next 文号 of its 代字 and year (the year of its
 * date), renders it, writes the file, registers it with its frozen data, settings and template,
 * and records the case step — all in one transaction, which takes the write lock at its start
 * (BEGIN IMMEDIATE) so two processes on one data file never take the same number.
 */
export function issueDocument(ctx: Ctx, req: IssueRequest, given?: IssueContext): IssuedDocument {
  return issueWithBytes(ctx, req, given).issued
}

/** issueDocument, also handing back the file's bytes (a batch merges them for printing). */
export function issueWithBytes(ctx: Ctx, req: IssueRequest, given?: IssueContext): { issued: IssuedDocument; bytes: Buffer } {
  const kind = kindOf(req.kind)
  return ctx.db
    .transaction(() => {
      const settings = given?.settings ?? loadSettings(ctx.db)
      const template = given?.template ?? templateInUse(ctx, req.kind)
      assertOnePersonAllowed(settings, req)
      const pattern = numberPatternOf(req.kind, settings)
      const { number: _ignored, ...typed } = req.data
      // The cases covered: the one issued from, those chosen, and those its rows name.
      const covered = coveredCases(ctx, req.kind, req.caseId, [...(req.caseIds ?? []), ...rowCaseIds(req.kind, typed)], req.subjectId)
      const theCase = covered[0]
      const { checked: parsed, summary } = checkData(req.kind, rowsForCases(req.kind, typed, covered), settings)
      const checked = req.kind === 'recheck_opinion' ? withConclusion(parsed, req.recheck) : parsed
      const year = Number(summary.issueDate.slice(0, 4))
      assertSaneYear(ctx, year, req.confirmDate === true)

      const subjectId = theCase?.subjectId ?? (req.subjectId === undefined ? null : liveSubjectId(ctx, req.subjectId))

      const at = ctx.clock.now()
      let number: string | null = null
      let prefix: string | null = null
      let seq: number | null = null
      if (pattern !== null) {
        prefix = prefixOf(pattern)
        seq = repo.takeSeq(ctx.db, prefix, year, at)
        number = formatDocNumber({ prefix, year, seq })
      }
      const data = number === null ? checked : { ...checked, number }
      const renderSettings = renderSettingsOf(settings)
      const bytes = render(req.kind, data, renderSettings, { template: template.bytes })
      const sha256 = sha256Of(bytes)

      const id = ctx.newId()
      const filePath = documentPathOf(year, { number, ...summary }, (p) => repo.pathTaken(ctx.db, p) || existsSync(absolutePath(ctx, p)))
      const path = absolutePath(ctx, filePath)
      writeFileAtomic(path, bytes, id)
      repo.keepTemplate(ctx.db, { sha256: template.sha256, kind: req.kind, custom: template.custom, bytes: template.bytes, at })
      repo.insert(ctx.db, {
        id,
        kind: req.kind,
        number,
        prefix,
        year,
        seq,
        title: summary.title,
        recipient: summary.recipient,
        issueDate: summary.issueDate,
        caseId: theCase?.id ?? null,
        subjectId,
        interviewId: req.interviewId ?? null,
        supervisionId: req.supervisionId ?? null,
        batchId: req.batchId ?? null,
        ...(req.signOff ?? { draftedBy: ctx.operator(), reviewedBy: ctx.operator(), signedBy: ctx.operator() }),
        onePerson: req.signOff === undefined,
        filePath,
        sha256,
        size: bytes.length,
        data: JSON.stringify(data),
        settings: JSON.stringify(renderSettings),
        templateSha256: template.sha256,
        at,
      })
      repo.linkCases(ctx.db, id, covered.map((c) => c.id))
      recordCaseSteps(ctx, covered, { id, kind: req.kind, kindName: kind.name, number, issueDate: summary.issueDate, data }, req.recheck, req.caseEvent)
      audit(ctx, {
        action: 'issue',
        entity: 'document',
        entityId: id,
        data: { kind: req.kind, number, title: summary.title, recipient: summary.recipient, caseId: theCase?.id, caseIds: covered.map((c) => c.id), subjectId, sha256, batchId: req.batchId },
      })
      return { issued: { id, number, path, sha256 }, bytes }
    })
    .immediate()
}
