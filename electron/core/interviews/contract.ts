import type { Page } from '../paging'
import type { DocumentFormDraft } from '../escalation/schema'
import type {
  AddCommitment,
  CloseCommitment,
  Commitment,
  Interview,
  InterviewCreate,
  InterviewDetail,
  InterviewDraftArgs,
  InterviewDraftPlanArgs,
  InterviewIssueArgs,
  InterviewIssued,
  InterviewListArgs,
  InterviewPlanDraft,
  InterviewUpdate,
  InterviewVoid,
  RecordMinutes,
} from './schema'

/** 约谈: plan, notice, minutes with 问/答 and commitments, the 约谈笔录, and the commitments kept. */
export interface InterviewsContract {
  /** A plan filled in from its cases (the ladder's 约谈 proposal opens it). */
  'interviews/draft': { args: InterviewDraftPlanArgs; result: InterviewPlanDraft }
  'interviews/create': { args: InterviewCreate; result: Interview }
  'interviews/get': { args: { id: string }; result: InterviewDetail }
  'interviews/list': { args: InterviewListArgs; result: Page<Interview> }
  'interviews/update': { args: InterviewUpdate; result: Interview }
  'interviews/recordMinutes': { args: RecordMinutes; result: InterviewDetail }
  'interviews/addCommitment': { args: AddCommitment; result: Commitment }
  'interviews/closeCommitment': { args: CloseCommitment; result: Commitment }
  'interviews/void': { args: InterviewVoid; result: Interview }
  /** The 约谈通知书 or 约谈笔录 filled in from the interview, to be checked before issuing. */
  'interviews/draftDocument': { args: InterviewDraftArgs; result: DocumentFormDraft }
  'interviews/issueDocument': { args: InterviewIssueArgs; result: InterviewIssued }
}
