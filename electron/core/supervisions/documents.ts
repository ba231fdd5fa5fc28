import type { z } from 'zod'
import { audit } from '../audit'
import * as cases from '../cases/repo'
import { inTx, type Ctx } from '../context'
import { formatDateZh } from '../dates'
import { formDraft, issueStep } from '../escalation/register'
import type { DocumentFormDraft } from '../escalation/schema'
import { loadSettings } from '../settings/service'
import { reportRhythmLabels, type Supervision, type SupervisionIssued, type supervisionIssueSchema } from './schema'
import { getSupervision, getSupervisionDetail, requireStatus } from './service'

/** The 督办通知书 filled in from the supervision and its case; staff check it and confirm before issuing. */
function noticeData(ctx: Ctx, s: Supervision): Record<string, unknown> {
  const c = cases.get(ctx.db, s.caseId, ctx.clock.today())
  const settings = loadSettings(ctx.db)
  const hazard = c ? `${formatDateZh(c.foundDate)}检查发现，你单位存在${c.severity === 'major' ? '重大火灾隐患' : '消防安全隐患'}：${c.description.replace(/[。；;，,\s]+$/u, '')}。` : ''
  const overdue = c && c.overdueDays > 0 ? `经责令于${formatDateZh(c.deadline)}前整改，逾期${c.overdueDays}天仍未整改到位。` : ''
  return {
    title: `关于对${s.subjectName}${c?.severity === 'major' ? '重大火灾隐患' : '消防安全隐患'}实行挂牌督办的通知`,
    recipient: s.subjectName,
    subjectName: s.subjectName,
    hazards: [hazard, overdue].filter((p) => p !== '').join('\n'),
    requirements: [
      `责任落实：${s.duty}`,
      `措施落实：${s.measures}`,
      `资金落实：${s.funding}`,
      `时限落实：${formatDateZh(s.fixDeadline)}前整改完毕，由${s.responsiblePerson}负责。`,
      `预案落实：${s.contingency}`,
      '整改完成后向我办提出书面销号申请，经复查合格后予以摘牌销号。',
    ].join('\n'),
    supervisionDeadline: s.supervisionDeadline,
    reporting: `督办期间，请${reportRhythmLabels[s.reportRhythm]}将整改进展情况书面报送${s.office}（牵头部门：${s.leadDepartment}）。`,
    copyTo: [s.leadDepartment, ...s.supportingDepartments, settings.docCopyTo].filter((p) => p.trim() !== '').join('，'),
    date: ctx.clock.today(),
  }
}

export function draftSupervisionNotice(ctx: Ctx, id: string): DocumentFormDraft {
  const s = getSupervision(ctx, id)
  requireStatus(s, 'active', '发督办通知书')
  return formDraft(ctx, 'supervision_notice', noticeData(ctx, s))
}

export function issueSupervisionNotice(ctx: Ctx, input: z.output<typeof supervisionIssueSchema>): SupervisionIssued {
  return inTx(ctx, () => {
    const s = getSupervision(ctx, input.id)
    requireStatus(s, 'active', '发督办通知书')
    const document = issueStep(ctx, {
      kind: 'supervision_notice',
      data: input.data,
      caseIds: [s.caseId],
      supervisionId: s.id,
      event: 'supervisionNotice',
    })
    audit(ctx, { action: 'issueNotice', entity: 'supervision', entityId: s.id, data: { documentId: document.documentId, number: document.number } })
    return { document, supervision: getSupervisionDetail(ctx, s.id) }
  })
}
