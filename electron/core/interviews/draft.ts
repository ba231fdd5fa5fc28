import * as areas from '../areas/repo'
import { addDays } from '../dates'
import type { Case } from '../cases/schema'
import type { Ctx } from '../context'
import { formatDateZh } from '../dates'
import { committeeOf } from '../escalation/letters'
import { linkedCase, liveCase } from '../escalation/links'
import { loadSettings } from '../settings/service'
import * as subjects from '../subjects/repo'
import type { InterviewKind, InterviewPlanDraft, Interviewee } from './schema'

/*
 * An interview's plan filled in from the cases it is about: a unit with a major hazard gets a
 * 警示约谈 of its responsible person, one with general hazards a 提醒约谈; cases of several units
 * in one village make a 工作约谈 of the village's head. Staff change anything before saving.
 */

const trimEnd = (s: string): string => s.replace(/[。；;，,\s]+$/u, '')

const reasonOf = (cases: readonly Case[]): string =>
  cases
    .map((c) => `${c.subjectName}${trimEnd(c.description)}（隐患编号${c.number}），责令于${formatDateZh(c.deadline)}前整改${c.overdueDays > 0 ? `，逾期${c.overdueDays}天仍未整改到位` : ''}。`)
    .join('\n')

export function draftInterview(ctx: Ctx, caseIds: readonly string[]): InterviewPlanDraft {
  const settings = loadSettings(ctx.db)
  const list = [...new Set(caseIds)].map((id, n) => liveCase(ctx, id, `caseIds.${n}`))
  const [first] = list
  const oneSubject = first !== undefined && list.every((c) => c.subjectId === first.subjectId)
  const oneArea = first !== undefined && list.every((c) => c.areaId === first.areaId)
  const subject = oneSubject && first ? subjects.get(ctx.db, first.subjectId) : undefined
  const area = !oneSubject && oneArea && first ? areas.get(ctx.db, first.areaId) : undefined
  const kind: InterviewKind = subject ? (list.some((c) => c.severity === 'major') ? 'warning' : 'reminder') : 'work'
  const interviewee: Interviewee | undefined = subject
    ? { name: subject.responsibleName, unit: subject.name, post: '消防安全责任人', phone: subject.responsiblePhone }
    : area
      ? { name: area.headName, unit: committeeOf(area), post: '负责人', phone: area.headPhone }
      : undefined
  return {
    plan: {
      kind,
      caseIds: list.map((c) => c.id),
      subjectId: subject?.id ?? null,
      areaId: area?.id ?? null,
      orgName: '',
      interviewees: [interviewee ?? { name: '', unit: '', post: '', phone: '' }],
      interviewers: '',
      recorder: settings.operatorName,
      plannedAt: `${addDays(ctx.clock.today(), 3)}T09:30`,
      place: `${settings.officeShortName}会议室`,
      reason: reasonOf(list),
      bring: '营业执照复印件、负责人身份证复印件（委托他人的，另带授权委托书）\n隐患整改情况报告及整改前后的照片',
    },
    cases: list.map(linkedCase),
  }
}
