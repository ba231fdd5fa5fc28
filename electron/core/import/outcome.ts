import type { CaseEventAction, CaseStatus } from '../cases/schema'
import type { OutcomeWord } from './values/vocab'

/** The dates a ledger row gives for a hazard's life. */
export interface LedgerDates {
  found: string
  recheck: string | null
  closed: string | null
}

export type Outcome =
  | { status: Exclude<CaseStatus, 'voided'>; closedDate: string | null; warning?: string }
  | { skip: string }
  | { error: string }

/**
 * Where an imported hazard stands, from the ledger's 整改情况 and its dates:
 * - rectified (已整改/已销号…) with a 销号日期 or 复查日期 → closed on that date;
 * - a 销号日期 or 复查日期 and no 整改情况 → closed on that date;
 * - rectified but no date → awaiting recheck: the office rechecks and closes it with the real
 *   date, rather than the figures counting it closed on a day nobody knows;
 * - 整改中 → rectifying; 未整改 or nothing → registered: the ledger records no notice served, and
 *   the office can issue (and number) the rectification notice from FireDesk;
 * - FireDesk's own status names (an export read back) → that status;
 * - 已作废 → not imported.
 */
export function outcomeOf(word: OutcomeWord | null, text: string, d: LedgerDates): Outcome {
  const closure = d.closed ?? d.recheck
  if (word === 'voided') return { skip: '台账中标注为已作废，不导入' }
  if (word === null || word === 'closed') {
    if (closure !== null) return { status: 'closed', closedDate: closure }
    if (word === null) return { status: 'registered', closedDate: null }
    return {
      status: 'awaiting_recheck',
      closedDate: null,
      warning: '整改情况为已整改，但未填销号日期或复查日期：按「待复查」导入，复查合格后再销号',
    }
  }
  if (d.closed !== null) return { error: `整改情况为「${text}」，却填有销号日期，请核对` }
  return { status: word, closedDate: null }
}

export interface Step {
  action: CaseEventAction
  fromStatus: CaseStatus | null
  toStatus: CaseStatus
  date: string
}

const CHAIN: readonly { action: CaseEventAction; to: CaseStatus }[] = [
  { action: 'register', to: 'registered' },
  { action: 'notice', to: 'noticed' },
  { action: 'startRectify', to: 'rectifying' },
  { action: 'requestRecheck', to: 'awaiting_recheck' },
  { action: 'recheckPassed', to: 'recheck_passed' },
  { action: 'close', to: 'closed' },
]

/**
 * The timeline that leads to a status along the lifecycle. Steps the ledger gives no date for
 * are dated on the day of finding; the recheck on the 复查日期 (else the closure), 销号 on its date.
 */
export function stepsTo(status: Exclude<CaseStatus, 'voided'>, d: LedgerDates): Step[] {
  const end = CHAIN.findIndex((s) => s.to === status)
  const recheck = d.recheck ?? d.closed ?? d.found
  const dateOf = (action: CaseEventAction): string => {
    if (action === 'close') return d.closed ?? recheck
    if (action === 'recheckPassed' || (action === 'requestRecheck' && status !== 'awaiting_recheck')) return recheck
    return d.found
  }
  return CHAIN.slice(0, end + 1).map((s, i) => ({
    action: s.action,
    fromStatus: i === 0 ? null : (CHAIN[i - 1]?.to ?? null),
    toStatus: s.to,
    date: dateOf(s.action),
  }))
}
