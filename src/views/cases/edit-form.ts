import type { CaseDetail, CaseSeverity, CaseUpdate } from '../../../electron/core/cases/schema'

/*
 * Correcting a hazard after registration: every field the core lets staff correct, and why. The
 * deadline is not here (moving it is 延期), nor the unit or the date it was found.
 */

export interface CaseEditForm {
  description: string
  location: string
  categoryId: string
  severity: CaseSeverity
  basis: string
  requirement: string
  inspectors: string
  responsiblePerson: string
  interimMeasures: string
  reason: string
}

export const caseEditFields = ['description', 'location', 'categoryId', 'severity', 'basis', 'requirement', 'inspectors', 'responsiblePerson', 'interimMeasures', 'reason'] as const satisfies readonly (keyof CaseEditForm)[]

export const caseEditFormOf = (c: CaseDetail): CaseEditForm => ({
  description: c.description,
  location: c.location,
  categoryId: c.categoryId,
  severity: c.severity,
  basis: c.legalBasis,
  requirement: c.requirement,
  inspectors: c.inspectors,
  responsiblePerson: c.responsiblePerson,
  interimMeasures: c.interimMeasures,
  reason: '',
})

/** Only what changed goes to the core, which records each change old → new on the timeline. */
export function caseEditArgs(c: CaseDetail, f: CaseEditForm): CaseUpdate {
  const before = caseEditFormOf(c)
  const changed = Object.fromEntries(caseEditFields.filter((k) => k !== 'reason' && f[k] !== before[k]).map((k) => [k, f[k]]))
  return { id: c.id, expectedUpdatedAt: c.updatedAt, reason: f.reason, ...changed }
}
