import type { InterviewDetail, RecordMinutes } from '../../../electron/core/interviews/schema'

/** The minutes as their form edits them: times, who attended, the 问/答 in order, the commitments. */
export interface MinutesForm {
  startedAt: string | null
  endedAt: string | null
  place: string
  recorder: string
  attendees: string
  exchanges: { question: string; answer: string }[]
  commitments: { id?: string; content: string; deadline: string | null }[]
}

export const minutesFields = ['startedAt', 'endedAt', 'place', 'recorder', 'attendees', 'exchanges', 'commitments'] as const

/** A new record starts at the planned time with one empty 问/答; a recorded one is edited as it stands. */
export function minutesFormOf(i: InterviewDetail): MinutesForm {
  return {
    startedAt: i.startedAt ?? i.plannedAt,
    endedAt: i.endedAt,
    place: i.place,
    recorder: i.recorder,
    attendees: i.attendees,
    exchanges: i.exchanges.length > 0 ? i.exchanges.map((e) => ({ ...e })) : [{ question: '', answer: '' }],
    commitments: i.commitments.filter((c) => c.status !== 'voided').map((c) => ({ id: c.id, content: c.content, deadline: c.deadline })),
  }
}

export function minutesArgs(id: string, f: MinutesForm): RecordMinutes {
  return {
    id,
    startedAt: f.startedAt ?? '',
    endedAt: f.endedAt ?? '',
    place: f.place,
    recorder: f.recorder,
    attendees: f.attendees,
    exchanges: f.exchanges,
    commitments: f.commitments.map((c) => ({ ...(c.id ? { id: c.id } : {}), content: c.content, deadline: c.deadline ?? '' })),
  }
}
