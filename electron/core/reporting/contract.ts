import type {
  ChaseDraft,
  ChaseArgs,
  ChaseResult,
  DueReport,
  PeriodArgs,
  ReportOverview,
  ReportRhythm,
  RhythmCreate,
  RhythmUpdate,
  RhythmVoid,
  Submission,
  SubmissionRecord,
  SubmissionVoid,
} from './schema'
import type { CampaignFigures } from './types'

/** 报送: what a campaign asks units to report and how often, what came in, who is late or missing, and 催报. */
export interface ReportingContract {
  'reporting/rhythms': { args: { campaignId: string }; result: ReportRhythm[] }
  'reporting/rhythm': { args: { id: string }; result: ReportRhythm }
  'reporting/createRhythm': { args: RhythmCreate; result: ReportRhythm }
  'reporting/updateRhythm': { args: RhythmUpdate; result: ReportRhythm }
  'reporting/voidRhythm': { args: RhythmVoid; result: { id: string } }
  /** units × periods: received / late / missing, one cell per unit and period */
  'reporting/overview': { args: { rhythmId: string }; result: ReportOverview }
  'reporting/submission': { args: { id: string }; result: Submission }
  'reporting/record': { args: SubmissionRecord; result: Submission }
  'reporting/voidSubmission': { args: SubmissionVoid; result: Submission }
  /** who a 催报 for a period would go to, with the letter filled in */
  'reporting/draftChase': { args: PeriodArgs; result: ChaseDraft }
  'reporting/chase': { args: ChaseArgs; result: ChaseResult }
  /** reports due this week and periods with units still not in: the dashboard's card */
  'reporting/due': { args: Record<string, never>; result: DueReport[] }
  /** tasks done / due / overdue and reports received / late / missing of one campaign */
  'reporting/campaignFigures': { args: { campaignId: string; from?: string; to?: string }; result: CampaignFigures }
}
