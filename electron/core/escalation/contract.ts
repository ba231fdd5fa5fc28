import type { CaseLadder, EscalationDashboard, IssuedStep, LetterDraft, LetterDraftArgs, LetterIssueArgs, ProposalPage, ProposalsArgs } from './schema'

/** The ladder 预警 → 函告 → 约谈 → 督办 → 通报: what it proposes, where a case stands, and the letters. */
export interface EscalationContract {
  /** Proposals for one case ({caseId}) or every open case, the most overdue first. */
  'escalation/proposals': { args: ProposalsArgs; result: ProposalPage }
  'escalation/ladder': { args: { caseId: string }; result: CaseLadder }
  /** The 警示函 (预警) or 函告 filled in from its cases, to be checked before issuing. */
  'escalation/draftLetter': { args: LetterDraftArgs; result: LetterDraft }
  'escalation/issueLetter': { args: LetterIssueArgs; result: IssuedStep }
  'escalation/dashboard': { args: Record<string, never>; result: EscalationDashboard }
}
