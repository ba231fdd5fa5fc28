import { overdueDays } from '../cases/overdue'
import type { CaseSeverity, CaseStatus } from '../cases/schema'
import type { LadderRule, LadderSettings, LadderStep, Rung, RungProposal } from './schema'

/*
 * The escalation ladder as a pure function of a case, the steps it has taken, today and the
 * office's thresholds. Three tracks run side by side:
 *  - the main ladder 预警 → 函告 → 约谈: the rung after the highest one taken, once the case has
 *    been overdue for that rung's number of days (a step taken out of order skips those below it);
 *  - 挂牌督办: a major hazard once overdue for its days; a general one only after 约谈 failed;
 *  - 通报: a case overdue long enough is named in the next circular, once.
 * A case under supervision is driven by its supervision and gets no proposals.
 */

export interface LadderCase {
  status: CaseStatus
  severity: CaseSeverity
  deadline: string
}

const MAIN = ['warning', 'letter', 'interview'] as const satisfies readonly Rung[]
type MainRung = (typeof MAIN)[number]
/** The standing of a case: 督办 above 约谈 above 函告 above 预警. */
const ORDER: readonly Rung[] = ['warning', 'letter', 'interview', 'supervision']

/** Days overdue (see cases/overdue); 0 when it is not overdue, e.g. 待复查: the unit did its part. */
export function daysOverdue(c: LadderCase, today: string): number {
  return overdueDays(c.status, c.deadline, today)
}

const reasons: Record<LadderRule, (n: number) => string> = {
  warningAfterDays: (n) => `逾期满${n}天未整改，发出消防安全警示函预警`,
  letterAfterDays: (n) => `已预警，逾期满${n}天仍未整改，函告所属村(社区)或主管部门`,
  interviewAfterDays: (n) => `已函告，逾期满${n}天仍未整改，约谈单位负责人`,
  majorSupervisionAfterDays: (n) => `重大火灾隐患逾期满${n}天未整改，实行挂牌督办`,
  supervisionAfterDays: (n) => `已约谈，逾期满${n}天仍未整改，实行挂牌督办`,
  circularAfterDays: (n) => `逾期满${n}天未整改，列入下期工作通报`,
}

const mainRules: Record<MainRung, LadderRule> = { warning: 'warningAfterDays', letter: 'letterAfterDays', interview: 'interviewAfterDays' }

const proposal = (rung: Rung, rule: LadderRule, settings: LadderSettings): RungProposal => ({
  rung,
  rule,
  threshold: settings[rule],
  reason: reasons[rule](settings[rule]),
})

/** The highest rung of the main ladder and 督办 a case has taken, or null. */
export function standingOf(steps: readonly Pick<LadderStep, 'rung'>[]): Rung | null {
  let top = -1
  for (const s of steps) top = Math.max(top, ORDER.indexOf(s.rung))
  return ORDER[top] ?? null
}

/** The next steps proposed for a case, each with its rule; empty when none is due. */
export function proposeSteps(c: LadderCase, steps: readonly Pick<LadderStep, 'rung'>[], today: string, settings: LadderSettings): RungProposal[] {
  const overdue = daysOverdue(c, today)
  if (overdue === 0) return []
  const taken = new Set(steps.map((s) => s.rung))
  if (taken.has('supervision')) return []
  const out: RungProposal[] = []

  let top = -1
  for (const r of taken) top = Math.max(top, (MAIN as readonly Rung[]).indexOf(r))
  const next = MAIN[top + 1]
  if (next !== undefined && overdue >= settings[mainRules[next]]) out.push(proposal(next, mainRules[next], settings))

  if (c.severity === 'major') {
    if (overdue >= settings.majorSupervisionAfterDays) out.push(proposal('supervision', 'majorSupervisionAfterDays', settings))
  } else if (taken.has('interview') && overdue >= settings.supervisionAfterDays) {
    out.push(proposal('supervision', 'supervisionAfterDays', settings))
  }

  if (!taken.has('circular') && overdue >= settings.circularAfterDays) out.push(proposal('circular', 'circularAfterDays', settings))
  return out
}
