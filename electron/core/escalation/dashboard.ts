import { addDays, daysBetween } from '../dates'
import type { Ctx } from '../context'
import * as commitments from '../interviews/commitments-repo'
import { interviewKindLabels, type Interviewee } from '../interviews/schema'
import * as supervisions from '../supervisions/repo'
import type { EscalationDashboard } from './schema'
import { allProposals, countByRung } from './service'

const SHORT_LIST = 8
/** A report falling due within these days is shown before it is late. */
const REPORT_NOTICE_DAYS = 3

/** What waits on the escalation side: proposals, commitments past their deadline, progress reports due. */
export function escalationDashboard(ctx: Ctx): EscalationDashboard {
  const today = ctx.clock.today()
  const all = allProposals(ctx, {})

  const late = commitments.overdue(ctx.db, today, SHORT_LIST)
  const overdueCommitments = {
    total: late.total,
    rows: late.rows.map((r) => {
      const people = (JSON.parse(r.interviewees) as Interviewee[]).map((p) => p.name).join('、')
      const target = r.subject_name ?? r.area_name ?? (r.org_name || people)
      return {
        id: r.id,
        interviewId: r.interview_id,
        interviewLabel: `${interviewKindLabels[r.kind]} · ${target}`,
        content: r.content,
        deadline: r.deadline,
        overdueDays: daysBetween(r.deadline, today),
      }
    }),
  }

  const soon = addDays(today, REPORT_NOTICE_DAYS)
  const due = supervisions
    .allActive(ctx.db, today)
    .filter((s) => s.nextReportDue !== null && s.nextReportDue <= soon)
    .sort((a, b) => (a.nextReportDue ?? '').localeCompare(b.nextReportDue ?? ''))
  const reportsDue = {
    total: due.length,
    rows: due.slice(0, SHORT_LIST).map((s) => ({
      supervisionId: s.id,
      caseId: s.caseId,
      caseNumber: s.caseNumber,
      subjectName: s.subjectName,
      lastReport: s.lastReport,
      dueDate: s.nextReportDue ?? today,
      overdueDays: s.reportOverdueDays,
    })),
  }

  return { today, proposals: { total: all.length, byRung: countByRung(all), rows: all.slice(0, SHORT_LIST) }, overdueCommitments, reportsDue }
}
