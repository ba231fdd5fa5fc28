import type { AttachmentPhase } from '../../../electron/core/attachments/schema'
import type { CaseAction, CaseSeverity, CaseSource, CaseStatus, InspectionKind } from '../../../electron/core/cases/schema'
import { keysOf } from '../../utils/keys-of'

/** The case's code lists in the order the office reads them (each labelled in zh-CN.ts). */

export const caseStatusOrder = keysOf<CaseStatus>({
  registered: true,
  noticed: true,
  rectifying: true,
  awaiting_recheck: true,
  recheck_passed: true,
  closed: true,
  voided: true,
})

/** Still being worked on, so counted as open and able to be overdue. */
export const openCaseStatuses: CaseStatus[] = caseStatusOrder.filter((s) => s !== 'closed' && s !== 'voided')

export const caseSeverityOrder = keysOf<CaseSeverity>({ general: true, major: true })

export const caseSourceOrder = keysOf<CaseSource>({
  routine: true,
  special: true,
  joint: true,
  night: true,
  report: true,
  assigned: true,
  media: true,
})

/** The lifecycle's actions in the order they usually happen; voiding comes last, apart. */
export const caseActionOrder = keysOf<CaseAction>({
  notice: true,
  startRectify: true,
  requestRecheck: true,
  recheckPassed: true,
  recheckFailed: true,
  extend: true,
  close: true,
  void: true,
})

export const inspectionKindOrder = keysOf<InspectionKind>({ routine: true, special: true, night: true, joint: true })

export const attachmentPhaseOrder = keysOf<AttachmentPhase>({ before: true, after: true, other: true })
