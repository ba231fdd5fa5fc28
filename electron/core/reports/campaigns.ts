import { formatDateZh } from '../dates'
import type { ReportSummary } from './schema'

/** 专项行动“…”：…: each campaign's task and report figures in one paragraph. */
export function campaignSentences(s: ReportSummary): string[] {
  if (s.campaigns.length === 0) return ['本期没有进行中的专项行动。']
  return s.campaigns.map((c) => {
    const t = c.tasks
    const r = c.reports
    const asOf = c.asOf === s.period.to ? '' : `截至${formatDateZh(c.asOf)}，`
    return (
      `专项行动“${c.campaignName}”：${asOf}时限在本期的任务${t.due}项，已完成${t.done}项，逾期未完成任务${t.overdue}项；` +
      `应报送${r.owed}份，已报送${r.received}份（其中迟报${r.late}份），漏报${r.missing}份` +
      (r.outstanding > 0 ? `，尚未到截止日${r.outstanding}份。` : '。')
    )
  })
}
