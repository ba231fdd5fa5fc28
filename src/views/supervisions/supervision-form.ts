import type { ReportRhythm, SupervisionCreate, SupervisionPlanDraft } from '../../../electron/core/supervisions/schema'

/** A supervision as its form edits it; dates stay ISO, the core checks everything and names the field. */
export interface SupervisionForm {
  caseId: string
  office: string
  leadDepartment: string
  supportingDepartments: string[]
  responsiblePerson: string
  responsiblePhone: string
  duty: string
  measures: string
  funding: string
  fixDeadline: string | null
  contingency: string
  startDate: string | null
  supervisionDeadline: string | null
  reportRhythm: ReportRhythm
}

export const supervisionFields = [
  'caseId',
  'office',
  'leadDepartment',
  'supportingDepartments',
  'responsiblePerson',
  'responsiblePhone',
  'duty',
  'measures',
  'funding',
  'fixDeadline',
  'contingency',
  'startDate',
  'supervisionDeadline',
  'reportRhythm',
] as const

export const supervisionFormOf = (p: SupervisionPlanDraft['plan']): SupervisionForm => ({
  caseId: p.caseId,
  office: p.office ?? '',
  leadDepartment: p.leadDepartment,
  supportingDepartments: [...p.supportingDepartments],
  responsiblePerson: p.responsiblePerson,
  responsiblePhone: p.responsiblePhone ?? '',
  duty: p.duty,
  measures: p.measures,
  funding: p.funding,
  fixDeadline: p.fixDeadline,
  contingency: p.contingency,
  startDate: p.startDate ?? null,
  supervisionDeadline: p.supervisionDeadline,
  reportRhythm: p.reportRhythm,
})

export const supervisionArgs = (f: SupervisionForm): SupervisionCreate => ({
  ...f,
  fixDeadline: f.fixDeadline ?? '',
  startDate: f.startDate ?? '',
  supervisionDeadline: f.supervisionDeadline ?? '',
})

/** Blank until the core's draft fills it. */
export const emptySupervisionForm = (): SupervisionForm =>
  supervisionFormOf({ caseId: '', leadDepartment: '', supportingDepartments: [], responsiblePerson: '', duty: '', measures: '', funding: '', fixDeadline: '', contingency: '', supervisionDeadline: '', reportRhythm: 'weekly' })
