import { describe, expect, it } from 'vitest'
import type { CaseSeverity, CaseStatus } from '../../../electron/core/cases/schema'
import { proposeSteps, standingOf, type LadderCase } from '../../../electron/core/escalation/ladder'
import type { LadderSettings, Rung } from '../../../electron/core/escalation/schema'
import { settingsDefaults } from '../../../electron/core/settings/schema'

const TODAY = '2024-06-30'
const defaults: LadderSettings = {
  warningAfterDays: settingsDefaults.warningAfterDays,
  letterAfterDays: settingsDefaults.letterAfterDays,
  interviewAfterDays: settingsDefaults.interviewAfterDays,
  majorSupervisionAfterDays: settingsDefaults.majorSupervisionAfterDays,
  supervisionAfterDays: settingsDefaults.supervisionAfterDays,
  circularAfterDays: settingsDefaults.circularAfterDays,
}

/** A deadline that many days before TODAY. */
const overdueBy = (days: number): string => {
  const d = new Date(`${TODAY}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString().slice(0, 10)
}

const aCase = (overdue: number, severity: CaseSeverity = 'general', status: CaseStatus = 'rectifying'): LadderCase => ({
  status,
  severity,
  deadline: overdueBy(overdue),
})

const steps = (...r: Rung[]) => r.map((rung) => ({ rung }))
const rungsOf = (c: LadderCase, taken: Rung[], settings = defaults) => proposeSteps(c, steps(...taken), TODAY, settings).map((p) => `${p.rung}:${p.rule}`)

describe('the ladder proposes each rung by its rule', () => {
  it.each([
    ['first day overdue, nothing done → 预警', aCase(1), [], ['warning:warningAfterDays']],
    ['14 days, warned → nothing yet (函告 at 15)', aCase(14), ['warning'], []],
    ['15 days, warned → 函告', aCase(15), ['warning'], ['letter:letterAfterDays']],
    ['29 days, warned and 函告 → nothing yet (约谈 at 30)', aCase(29), ['warning', 'letter'], []],
    ['30 days, warned and 函告 → 约谈, and 通报', aCase(30), ['warning', 'letter'], ['interview:interviewAfterDays', 'circular:circularAfterDays']],
    ['40 days, nothing done → 预警 first (rungs are climbed in order), and 通报', aCase(40), [], ['warning:warningAfterDays', 'circular:circularAfterDays']],
    ['20 days, interviewed out of order → no lower rung is proposed', aCase(20), ['interview'], []],
    ['general hazard, interviewed, 60 days → 督办', aCase(60), ['warning', 'letter', 'interview', 'circular'], ['supervision:supervisionAfterDays']],
    ['general hazard, interviewed, 59 days → nothing', aCase(59), ['warning', 'letter', 'interview', 'circular'], []],
    ['major hazard, first day overdue → 预警 and 督办', aCase(1, 'major'), [], ['warning:warningAfterDays', 'supervision:majorSupervisionAfterDays']],
    ['major hazard rectifying, 31 days, warned → 函告, 督办, 通报', aCase(31, 'major', 'rectifying'), ['warning'], ['letter:letterAfterDays', 'supervision:majorSupervisionAfterDays', 'circular:circularAfterDays']],
    ['major hazard awaiting recheck, 31 days: the unit did its part, nothing', aCase(31, 'major', 'awaiting_recheck'), ['warning'], []],
    ['recheck passed but not yet struck off, 2 days: nothing', aCase(2, 'general', 'recheck_passed'), [], []],
  ] as const)('%s', (_label, c, taken, expected) => {
    expect(rungsOf(c, [...taken])).toEqual(expected)
  })

  it('follows the thresholds in the settings', () => {
    const strict: LadderSettings = { ...defaults, warningAfterDays: 5, letterAfterDays: 7, majorSupervisionAfterDays: 10 }
    expect(rungsOf(aCase(4, 'major'), [], strict)).toEqual([])
    expect(rungsOf(aCase(5, 'major'), [], strict)).toEqual(['warning:warningAfterDays'])
    expect(rungsOf(aCase(7, 'major'), ['warning'], strict)).toEqual(['letter:letterAfterDays'])
    expect(rungsOf(aCase(10, 'major'), ['warning', 'letter'], strict)).toEqual(['supervision:majorSupervisionAfterDays'])
  })

  it('says which rule proposed the step, with its threshold', () => {
    const [p] = proposeSteps(aCase(16), steps('warning'), TODAY, defaults)
    expect(p).toEqual({ rung: 'letter', rule: 'letterAfterDays', threshold: 15, reason: '已预警，逾期满15天仍未整改，函告所属村(社区)或主管部门' })
  })
})

describe('the ladder proposes nothing for cases it must leave alone', () => {
  it.each([
    ['closed (已销号), long past its deadline', aCase(90, 'major', 'closed'), []],
    ['voided (已作废)', aCase(90, 'major', 'voided'), []],
    ['already under supervision (挂牌督办)', aCase(90, 'major'), ['supervision']],
    ['general hazard already supervised', aCase(200), ['warning', 'letter', 'interview', 'supervision']],
    ['not yet overdue: deadline is today', aCase(0, 'major'), []],
    ['not yet overdue: deadline in the future', { status: 'rectifying', severity: 'major', deadline: '2024-07-15' }, []],
    ['registered but not yet overdue', aCase(0, 'general', 'registered'), []],
    ['every step already taken, general hazard short of 督办', aCase(45), ['warning', 'letter', 'interview', 'circular']],
    ['warned on time, 函告 not yet due', aCase(3), ['warning']],
    ['already named in a circular, nothing else due', aCase(31), ['warning', 'letter', 'interview', 'circular']],
  ] as const)('%s', (_label, c, taken) => {
    expect(rungsOf(c as LadderCase, [...taken])).toEqual([])
  })
})

describe('standing on the ladder', () => {
  it.each([
    [[], null],
    [['warning'], 'warning'],
    [['letter', 'warning'], 'letter'],
    [['circular', 'warning'], 'warning'],
    [['interview', 'circular'], 'interview'],
    [['warning', 'supervision', 'letter'], 'supervision'],
  ] as const)('%j → %s', (taken, standing) => {
    expect(standingOf(steps(...taken))).toBe(standing)
  })
})
