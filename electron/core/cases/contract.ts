import type { Page } from '../paging'
import type { Case, CaseCreate, CaseDetail, CaseListArgs, CaseTransition, CaseUpdate, Inspection, InspectionCreate } from './schema'

export interface CasesContract {
  'cases/create': { args: CaseCreate; result: Case }
  /** One inspection (检查记录) with the hazards it found, in one transaction. */
  'cases/createInspection': { args: InspectionCreate; result: { inspection: Inspection; cases: Case[] } }
  'cases/get': { args: { id: string }; result: CaseDetail }
  'cases/list': { args: CaseListArgs; result: Page<Case> }
  /** One lifecycle step: {id, action, …that action's fields, note}. */
  'cases/transition': { args: CaseTransition; result: Case }
  /** Corrects a hazard's words, category, level, people and measures, with a reason; a timeline step with old and new values. */
  'cases/update': { args: CaseUpdate; result: Case }
}
