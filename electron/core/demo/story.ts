import { addDays } from '../dates'
import type { CaseEventAction, CaseStatus } from '../cases/schema'
import type { Random } from './random'
import { APPROVERS, STAFF, VOID_REASONS } from './vocab'

export interface StoryEvent {
  action: CaseEventAction
  fromStatus: CaseStatus | null
  toStatus: CaseStatus
  date: string
  operator: string
  note: string
  data: Record<string, unknown>
}

/** Where a case stands today after the steps that have happened by today. */
export interface Story {
  status: CaseStatus
  deadline: string
  escalated: boolean
  closedDate: string | null
  closedBy: string | null
  voidedOn: string | null
  voidReason: string | null
  voidedBy: string | null
  events: StoryEvent[]
}

const later = (a: string, b: string): string => (a > b ? a : b)

/**
 * Plays a hazard's life along the lifecycle: notice, rectification (mostly on time, some late,
 * a few stuck for months), recheck (some failing, with a new deadline or escalation), 销号.
 * Steps dated after today have not happened yet, which is what leaves recent cases open.
 */
export function tellStory(rng: Random, foundDate: string, deadline: string, today: string): Story {
  const s: Story = {
    status: 'registered',
    deadline,
    escalated: false,
    closedDate: null,
    closedBy: null,
    voidedOn: null,
    voidReason: null,
    voidedBy: null,
    events: [],
  }
  let last = foundDate
  const step = (action: CaseEventAction, date: string, to: CaseStatus, data: Record<string, unknown> = {}, note = ''): boolean => {
    const on = later(date, last)
    if (on > today) return false
    s.events.push({ action, fromStatus: action === 'register' ? null : s.status, toStatus: to, date: on, operator: rng.pick(STAFF), note, data })
    s.status = to
    last = on
    return true
  }

  step('register', foundDate, 'registered', { foundDate, deadline })
  if (rng.chance(0.01)) {
    const reason = rng.pick(VOID_REASONS)
    if (step('void', addDays(foundDate, rng.int(0, 3)), 'voided', { reason })) {
      s.voidedOn = last
      s.voidReason = reason
      s.voidedBy = s.events[s.events.length - 1]?.operator ?? null
    }
    return s
  }
  if (!step('notice', addDays(foundDate, rng.int(0, 2)), 'noticed')) return s
  if (!step('startRectify', addDays(last, rng.int(0, 3)), 'rectifying')) return s
  if (rng.chance(0.05)) {
    const newDeadline = addDays(s.deadline, rng.int(10, 30))
    const data = { oldDeadline: s.deadline, newDeadline, reason: '整改工程量较大，申请延期', approver: rng.pick(APPROVERS) }
    if (!step('extend', addDays(s.deadline, -rng.int(1, 3)), 'rectifying', data)) return s
    s.deadline = newDeadline
  }
  const stuck = rng.chance(0.03)
  let finish = stuck ? addDays(s.deadline, rng.int(30, 200)) : addDays(s.deadline, rng.chance(0.15) ? rng.int(1, 40) : -rng.int(0, 5))
  for (let round = 0; round < 3; round++) {
    if (!step('requestRecheck', finish, 'awaiting_recheck')) return s
    const recheckOn = addDays(last, rng.int(1, 3))
    if (round < 2 && rng.chance(0.12)) {
      const escalate = rng.chance(0.15)
      const newDeadline = escalate ? null : addDays(recheckOn, rng.int(7, 15))
      const data = escalate ? { escalate: true } : { oldDeadline: s.deadline, newDeadline }
      if (!step('recheckFailed', recheckOn, 'rectifying', data, '复查时发现整改不彻底')) return s
      if (newDeadline) s.deadline = newDeadline
      s.escalated ||= escalate
      finish = newDeadline ? addDays(newDeadline, -rng.int(0, 3)) : addDays(recheckOn, rng.int(10, 40))
      continue
    }
    if (!step('recheckPassed', recheckOn, 'recheck_passed')) return s
    if (step('close', addDays(last, rng.int(0, 3)), 'closed')) {
      s.closedDate = last
      s.closedBy = s.events[s.events.length - 1]?.operator ?? null
    }
    return s
  }
  return s
}
