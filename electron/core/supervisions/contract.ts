import type { DocumentFormDraft } from '../escalation/schema'
import type { Page } from '../paging'
import type {
  Supervision,
  SupervisionCreate,
  SupervisionDetail,
  SupervisionIssueArgs,
  SupervisionIssued,
  SupervisionLift,
  SupervisionListArgs,
  SupervisionPlanDraft,
  SupervisionReportArgs,
  SupervisionVoid,
} from './schema'

/** 挂牌督办: put a case under supervision, record its progress reports, issue the 督办通知书, lift it after 销号. */
export interface SupervisionsContract {
  /** A supervision filled in from its case (the ladder's 督办 proposal opens it). */
  'supervisions/draft': { args: { caseId: string }; result: SupervisionPlanDraft }
  'supervisions/create': { args: SupervisionCreate; result: Supervision }
  'supervisions/get': { args: { id: string }; result: SupervisionDetail }
  'supervisions/list': { args: SupervisionListArgs; result: Page<Supervision> }
  'supervisions/addReport': { args: SupervisionReportArgs; result: SupervisionDetail }
  'supervisions/lift': { args: SupervisionLift; result: SupervisionDetail }
  'supervisions/void': { args: SupervisionVoid; result: Supervision }
  'supervisions/draftNotice': { args: { id: string }; result: DocumentFormDraft }
  'supervisions/issueNotice': { args: SupervisionIssueArgs; result: SupervisionIssued }
}
