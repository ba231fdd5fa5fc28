import { z } from 'zod'
import type { Case } from '../cases/schema'
import type { InspectionRow } from '../inspections/schema'
import type { RevisitOutcome } from '../revisits/schema'
import { riskColors, type RiskColor, type Subject } from '../subjects/schema'
import { id, oneOf, requiredText } from '../validation'

export const riskColorNames: Record<RiskColor, string> = { green: '绿', grey: '灰', yellow: '黄', red: '红' }

export const dossierSchema = z.strictObject({ subjectId: id('监管对象') })
/** A change of a unit's 绿灰黄红 colour always carries its reason. */
export const recolorSchema = z.strictObject({
  id: id('监管对象'),
  riskColor: oneOf('风险分类', riskColors),
  reason: requiredText('调整原因', 500),
  expectedUpdatedAt: z.string().optional(),
})

export type DossierArgs = z.input<typeof dossierSchema>
export type Recolor = z.input<typeof recolorSchema>

export interface ColorChange {
  from: RiskColor | null
  to: RiskColor
  at: string
  by: string
  reason: string
}

export interface DossierDocument {
  id: string
  kind: string
  number: string | null
  title: string
  issueDate: string
  caseId: string | null
  status: 'issued' | 'voided'
}

export interface DossierInterview {
  id: string
  kind: string
  status: string
  plannedAt: string
  startedAt: string | null
  reason: string
}

export interface DossierSupervision {
  id: string
  caseId: string
  caseNumber: string
  status: string
  startDate: string
  supervisionDeadline: string
  liftedDate: string | null
}

export interface DossierRevisit {
  itemId: string
  revisitId: string
  revisitTitle: string
  caseId: string
  caseNumber: string
  outcome: RevisitOutcome | null
  checkedOn: string | null
  note: string
  newCaseId: string | null
  newCaseNumber: string | null
}

export type DossierEventKind = 'inspection' | 'case' | 'color' | 'document' | 'interview' | 'supervision' | 'revisit'

export interface DossierEvent {
  date: string
  kind: DossierEventKind
  text: string
  /** The record the line opens: a case, an inspection, a document, an interview, a supervision or a 回头看. */
  refId: string | null
}

export interface DossierCounts {
  cases: number
  open: number
  overdue: number
  closed: number
  majorOpen: number
  inspections: number
  noHazardInspections: number
  relapses: number
  revisited: number
}

/** Everything about one unit (户籍化档案). */
export interface Dossier {
  subject: Subject
  colors: ColorChange[]
  counts: DossierCounts
  inspections: InspectionRow[]
  /** newest first; voided ones included (shown struck through) */
  cases: Case[]
  documents: DossierDocument[]
  interviews: DossierInterview[]
  supervisions: DossierSupervision[]
  revisits: DossierRevisit[]
  /** newest first */
  timeline: DossierEvent[]
  takenAt: string
}
