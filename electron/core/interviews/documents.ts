import type { z } from 'zod'
import { audit } from '../audit'
import { inTx, type Ctx } from '../context'
import { formatDateZh } from '../dates'
import { formDraft, issueStep } from '../escalation/register'
import type { DocumentFormDraft } from '../escalation/schema'
import * as commitments from './commitments-repo'
import * as repo from './repo'
import { interviewKindLabels, type Interview, type InterviewDocKind, type InterviewIssued, type interviewIssueSchema } from './schema'
import { getInterview, getInterviewDetail, requireStatus } from './service'

/*
 * The 约谈通知书 (while the interview is planned) and the 约谈笔录 (once the minutes are
 * recorded), filled in from the interview; staff check the form and confirm before issuing.
 */

const DEFAULT_BRING = ['营业执照复印件、负责人身份证复印件（委托他人的，另带授权委托书）', '隐患整改情况报告及整改前后的照片']

const joined = (values: readonly string[]): string => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))].join('、')

function noticeData(i: Interview, today: string): Record<string, unknown> {
  return {
    interviewee: joined(i.interviewees.map((p) => p.name)),
    intervieweeUnit: joined(i.interviewees.map((p) => p.unit)),
    intervieweePost: joined(i.interviewees.map((p) => p.post)),
    interviewKind: interviewKindLabels[i.kind],
    reason: i.reason,
    time: i.plannedAt,
    place: i.place,
    bring: i.bring.trim() === '' ? DEFAULT_BRING.join('\n') : i.bring,
    date: today,
  }
}

function minutesData(ctx: Ctx, i: Interview): Record<string, unknown> {
  const promised = commitments
    .listFor(ctx.db, i.id, ctx.clock.today())
    .filter((c) => c.status !== 'voided')
    .map((c) => `${c.content.replace(/[。；;，,\s]+$/u, '')}（${formatDateZh(c.deadline)}前完成）。`)
  return {
    interviewKind: interviewKindLabels[i.kind],
    startTime: i.startedAt ?? '',
    endTime: i.endedAt ?? '',
    place: i.place,
    interviewers: i.attendees.trim() === '' ? i.interviewers : `${i.interviewers}；参加人员：${i.attendees}`,
    recorder: i.recorder,
    interviewee: joined(i.interviewees.map((p) => p.name)),
    intervieweeUnit: joined(i.interviewees.map((p) => p.unit)),
    intervieweePost: joined(i.interviewees.map((p) => p.post)),
    intervieweePhone: i.interviewees.find((p) => p.phone !== '')?.phone ?? '',
    reason: i.reason,
    exchanges: i.exchanges,
    commitments: promised.length > 0 ? promised.join('\n') : '无',
  }
}

export function draftInterviewDocument(ctx: Ctx, id: string, kind: InterviewDocKind): DocumentFormDraft {
  const i = getInterview(ctx, id)
  if (kind === 'interview_notice') {
    requireStatus(i, ['planned'], '再发约谈通知书')
    return formDraft(ctx, kind, noticeData(i, ctx.clock.today()))
  }
  requireStatus(i, ['held', 'minuted'], '出具约谈笔录（请先记录笔录）')
  return formDraft(ctx, kind, minutesData(ctx, i))
}

/** Issues the notice or the minutes through the register; issuing the minutes closes the record of what was said. */
export function issueInterviewDocument(ctx: Ctx, input: z.output<typeof interviewIssueSchema>): InterviewIssued {
  return inTx(ctx, () => {
    const i = getInterview(ctx, input.id)
    const notice = input.kind === 'interview_notice'
    requireStatus(i, notice ? ['planned'] : ['held'], notice ? '发约谈通知书' : '出具约谈笔录（请先记录笔录）')
    const document = issueStep(ctx, {
      kind: input.kind,
      data: input.data,
      caseIds: i.caseIds,
      subjectId: i.subjectId ?? undefined,
      interviewId: i.id,
      event: notice ? 'interviewNotice' : 'interviewMinutes',
    })
    if (!notice) repo.setStatus(ctx.db, i.id, 'minuted', ctx.clock.now(), ctx.operator())
    audit(ctx, { action: notice ? 'issueNotice' : 'issueMinutes', entity: 'interview', entityId: i.id, data: { documentId: document.documentId, number: document.number } })
    return { document, interview: getInterviewDetail(ctx, i.id) }
  })
}
