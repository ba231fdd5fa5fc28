import type { DocumentFile } from '../register/types'
import type { DocumentDraftRecord, DraftListArgs, DraftReviewArgs, DraftSaveArgs, DraftVoidArgs } from './schema'

/** A document's way 草稿 → 审核 → 签发, each step by whom and when; the 文号 is taken at 签发. */
export interface SignOffContract {
  'drafts/save': { args: DraftSaveArgs; result: DocumentDraftRecord }
  'drafts/review': { args: DraftReviewArgs; result: DocumentDraftRecord }
  'drafts/sign': { args: { id: string }; result: DocumentDraftRecord }
  'drafts/void': { args: DraftVoidArgs; result: DocumentDraftRecord }
  'drafts/list': { args: DraftListArgs; result: DocumentDraftRecord[] }
  'drafts/get': { args: { id: string }; result: DocumentDraftRecord }
  /** The draft rendered as it would be signed now (or the signed file). */
  'drafts/preview': { args: { id: string }; result: DocumentFile }
  /** The sign-off record of a registered document, or null when it was issued in one step. */
  'drafts/ofDocument': { args: { documentId: string }; result: DocumentDraftRecord | null }
  /** The 发文稿纸 of a registered document: who drafted, checked and signed it, and when, as recorded. */
  'drafts/sheet': { args: { documentId: string }; result: DocumentFile }
}
