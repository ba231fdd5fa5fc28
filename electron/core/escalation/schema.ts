import { z } from 'zod'
import type { CaseSeverity, CaseStatus } from '../cases/schema'
import type { DocumentKindCode } from '../documents/types'
import { id, oneOf, page, pageSize } from '../validation'

/**
 * The rungs of the ladder in the order a case climbs them: 预警 (a 警示函), 函告 to its village or
 * department, 约谈, 挂牌督办 — and 通报, which names a case in a circular alongside the others.
 */
export const rungs = ['warning', 'letter', 'interview', 'supervision', 'circular'] as const
export type Rung = (typeof rungs)[number]
export const rungLabels: Record<Rung, string> = {
  warning: '预警',
  letter: '函告',
  interview: '约谈',
  supervision: '挂牌督办',
  circular: '通报',
}

/** The settings keys that hold each rule's threshold (days overdue). */
export const ladderSettingKeys = [
  'warningAfterDays',
  'letterAfterDays',
  'interviewAfterDays',
  'majorSupervisionAfterDays',
  'supervisionAfterDays',
  'circularAfterDays',
] as const
export type LadderRule = (typeof ladderSettingKeys)[number]
export type LadderSettings = Record<LadderRule, number>

/** One step a case has taken: the document, interview or supervision that took it. */
export interface LadderStep {
  rung: Rung
  date: string
  /** the 警示函, 函告 or 通报 */
  documentId: string | null
  documentNumber: string | null
  interviewId: string | null
  supervisionId: string | null
  /** for a supervision: still in force (摘牌 only follows 销号) */
  active: boolean
}

/** What the ladder proposes for one case, and the rule that proposed it. */
export interface RungProposal {
  rung: Rung
  rule: LadderRule
  /** the rule's threshold in days overdue, from the settings */
  threshold: number
  /** the rule as staff read it, e.g. 逾期满15天，函告所属村(社区) */
  reason: string
}

/** A proposal with the facts of its case, as lists show it. */
export interface Proposal extends RungProposal {
  caseId: string
  caseNumber: string
  subjectId: string
  subjectName: string
  areaId: string
  areaName: string
  severity: CaseSeverity
  status: CaseStatus
  deadline: string
  overdueDays: number
}

export interface ProposalPage {
  today: string
  /** proposals over all open cases that match the filter */
  total: number
  byRung: Record<Rung, number>
  /** the most overdue first */
  rows: Proposal[]
  page: number
  pageSize: number
}

/** Where one case stands on the ladder: what it has been through and what comes next. */
export interface CaseLadder {
  caseId: string
  /** a closed or voided case is off the ladder */
  open: boolean
  today: string
  overdueDays: number
  /** the highest rung taken (督办 above 约谈 above 函告 above 预警); 通报 is told apart */
  standing: Rung | null
  circulated: boolean
  /** oldest first */
  history: LadderStep[]
  proposals: RungProposal[]
  settings: LadderSettings
}

export const proposalsSchema = z.strictObject({
  caseId: id('隐患').optional(),
  rung: oneOf('升级措施', rungs).optional(),
  areaId: id('所属村(社区)').optional(),
  page: page(),
  pageSize: pageSize(),
})

export const ladderSchema = z.strictObject({ caseId: id('隐患') })

/** The rungs that issue a letter through the register. */
export const letterRungs = ['warning', 'letter'] as const
export type LetterRung = (typeof letterRungs)[number]

export const letterDraftSchema = z.strictObject({
  caseIds: z.array(id('隐患'), { error: '请选择隐患' }).min(1, '请至少选择一条隐患').max(200, '一次最多200条隐患'),
  rung: oneOf('升级措施', letterRungs),
})

export const letterIssueSchema = z.strictObject({
  caseIds: z.array(id('隐患'), { error: '请选择隐患' }).min(1, '请至少选择一条隐患').max(200, '一次最多200条隐患'),
  rung: oneOf('升级措施', letterRungs),
  /** the letter's fields as the form holds them; checked by its kind */
  data: z.record(z.string(), z.unknown(), { error: '文书内容必须是字段列表' }),
})

export type ProposalsArgs = z.input<typeof proposalsSchema>
export type LetterDraftArgs = z.input<typeof letterDraftSchema>
export type LetterIssueArgs = z.input<typeof letterIssueSchema>

/** A document's form filled in from the ledger, which staff edit (and confirm) before it is issued. */
export interface DocumentFormDraft {
  kind: DocumentKindCode
  data: Record<string, unknown>
  /** the 文号 the next issue would take now (another issue may take it first) */
  nextNumber: string | null
}

/** A letter's form, filled in from its cases. */
export interface LetterDraft extends DocumentFormDraft {
  rung: LetterRung
  caseIds: string[]
}

/** A document issued through the register for an escalation step. */
export interface IssuedStep {
  documentId: string
  number: string | null
  path: string
}

/** The dashboard's escalation figures; each list is short, the most pressing first. */
export interface EscalationDashboard {
  today: string
  proposals: { total: number; byRung: Record<Rung, number>; rows: Proposal[] }
  overdueCommitments: { total: number; rows: OverdueCommitment[] }
  reportsDue: { total: number; rows: ReportDue[] }
}

export interface OverdueCommitment {
  id: string
  interviewId: string
  interviewLabel: string
  content: string
  deadline: string
  overdueDays: number
}

export interface ReportDue {
  supervisionId: string
  caseId: string
  caseNumber: string
  subjectName: string
  /** the last report's date, or the start of the supervision */
  lastReport: string | null
  dueDate: string
  overdueDays: number
}

/** A case an interview or a supervision concerns, as its page lists it. */
export interface LinkedCase {
  id: string
  number: string
  subjectName: string
  description: string
  severity: CaseSeverity
  status: CaseStatus
  deadline: string
  overdueDays: number
}

/** A document issued for an interview or a supervision. */
export interface LinkedDocument {
  id: string
  kind: string
  kindName: string
  number: string | null
  title: string
  issueDate: string
  status: 'issued' | 'voided'
}
