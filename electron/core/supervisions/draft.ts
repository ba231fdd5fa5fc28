import * as areas from '../areas/repo'
import { addDays } from '../dates'
import type { Ctx } from '../context'
import { AppError } from '../errors'
import { committeeOf } from '../escalation/letters'
import { linkedCase, liveCase } from '../escalation/links'
import { loadSettings } from '../settings/service'
import * as subjects from '../subjects/repo'
import type { SupervisionPlanDraft } from './schema'

/** How long a supervision runs by default, and how long the unit gets to fix the hazard under it. */
const SUPERVISION_DAYS = 30

/** A supervision of a case filled in from the case and its unit; staff complete the 五落实 before saving. */
export function draftSupervision(ctx: Ctx, caseId: string): SupervisionPlanDraft {
  const c = liveCase(ctx, caseId, 'caseId')
  if (c.status === 'closed') throw new AppError('ILLEGAL_STATE', `隐患 ${c.number} 已销号，不需要挂牌督办`, 'caseId')
  const today = ctx.clock.today()
  const subject = subjects.get(ctx.db, c.subjectId)
  const area = areas.get(ctx.db, c.areaId)
  const end = addDays(today, SUPERVISION_DAYS)
  return {
    plan: {
      caseId: c.id,
      office: loadSettings(ctx.db).officeName,
      leadDepartment: '',
      supportingDepartments: area ? [committeeOf(area)] : [],
      responsiblePerson: subject?.responsibleName ?? '',
      responsiblePhone: subject?.responsiblePhone ?? '',
      duty: subject?.responsibleName ? `${subject.name}消防安全责任人${subject.responsibleName}为整改第一责任人` : '',
      measures: c.requirement,
      funding: '',
      fixDeadline: c.deadline > today ? c.deadline : end,
      contingency: '整改期间落实专人值守巡查，配足灭火器材，确保疏散通道畅通',
      startDate: today,
      supervisionDeadline: end,
      reportRhythm: 'weekly',
    },
    case: linkedCase(c),
  }
}
