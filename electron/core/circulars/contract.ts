import type { CircularDraft, CircularDraftArgs, CircularIssueArgs, CircularIssued } from './schema'

/** 工作通报: figures and lagging units for a period, edited by staff, issued through the register. */
export interface CircularsContract {
  'circulars/draft': { args: CircularDraftArgs; result: CircularDraft }
  'circulars/issue': { args: CircularIssueArgs; result: CircularIssued }
}
