import type { Interview, InterviewCreate, InterviewKind, Interviewee } from '../../../electron/core/interviews/schema'

/** An interview's plan as its form edits it; the core checks it and names the field at fault. */
export interface PlanForm {
  kind: InterviewKind
  caseIds: string[]
  subjectId: string | null
  areaId: string | null
  orgName: string
  interviewees: Interviewee[]
  interviewers: string
  recorder: string
  plannedAt: string | null
  place: string
  reason: string
  bring: string
}

export const planFields = ['kind', 'caseIds', 'subjectId', 'areaId', 'orgName', 'interviewees', 'interviewers', 'recorder', 'plannedAt', 'place', 'reason', 'bring'] as const

export const emptyInterviewee = (): Interviewee => ({ name: '', unit: '', post: '', phone: '' })

export const emptyPlan = (): PlanForm => ({
  kind: 'reminder',
  caseIds: [],
  subjectId: null,
  areaId: null,
  orgName: '',
  interviewees: [emptyInterviewee()],
  interviewers: '',
  recorder: '',
  plannedAt: null,
  place: '',
  reason: '',
  bring: '',
})

export function planFormOf(p: Interview | (InterviewCreate & { interviewees: Interviewee[] })): PlanForm {
  return {
    kind: p.kind,
    caseIds: [...(p.caseIds ?? [])],
    subjectId: p.subjectId ?? null,
    areaId: p.areaId ?? null,
    orgName: p.orgName ?? '',
    interviewees: p.interviewees.map((i) => ({ name: i.name, unit: i.unit, post: i.post ?? '', phone: i.phone ?? '' })),
    interviewers: p.interviewers,
    recorder: p.recorder ?? '',
    plannedAt: p.plannedAt,
    place: p.place,
    reason: p.reason,
    bring: p.bring ?? '',
  }
}

export function planArgs(f: PlanForm): InterviewCreate {
  return {
    kind: f.kind,
    caseIds: f.caseIds,
    subjectId: f.subjectId,
    areaId: f.areaId,
    orgName: f.orgName,
    interviewees: f.interviewees,
    interviewers: f.interviewers,
    recorder: f.recorder,
    plannedAt: f.plannedAt ?? '',
    place: f.place,
    reason: f.reason,
    bring: f.bring,
  }
}
