import { describe, expect, it } from 'vitest'
import { AppError } from '../../../electron/core/errors'
import { allowedActions, planTransition, type TransitionInput } from '../../../electron/core/cases/lifecycle'
import { caseActions, caseStatuses, type CaseAction, type CaseStatus } from '../../../electron/core/cases/schema'

/** The lifecycle of DOMAIN.md, written out by hand: every allowed step and where it leads. */
const allowed: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>> = {
  registered: { notice: 'noticed', extend: 'registered', void: 'voided' },
  noticed: { startRectify: 'rectifying', extend: 'noticed', void: 'voided' },
  rectifying: { requestRecheck: 'awaiting_recheck', extend: 'rectifying', void: 'voided' },
  awaiting_recheck: { recheckPassed: 'recheck_passed', recheckFailed: 'rectifying', void: 'voided' },
  recheck_passed: { close: 'closed', void: 'voided' },
  closed: {},
  voided: {},
}

const labels: Record<CaseStatus, string> = {
  registered: '已登记',
  noticed: '已下发整改通知',
  rectifying: '整改中',
  awaiting_recheck: '待复查',
  recheck_passed: '复查合格待销号',
  closed: '已销号',
  voided: '已作废',
}

const TODAY = '2024-03-05'
const facts = (status: CaseStatus) => ({ status, foundDate: '2024-03-01', deadline: '2024-03-10' })

/** A valid input for each action (its own fields filled in). */
const inputs: Record<CaseAction, TransitionInput> = {
  notice: { action: 'notice' },
  startRectify: { action: 'startRectify' },
  requestRecheck: { action: 'requestRecheck' },
  recheckPassed: { action: 'recheckPassed' },
  recheckFailed: { action: 'recheckFailed', newDeadline: '2024-03-20', escalate: false },
  extend: { action: 'extend', newDeadline: '2024-03-31', reason: '需更换整套电气线路', approver: '周立新' },
  close: { action: 'close' },
  void: { action: 'void', reason: '重复登记' },
}

function refusal(status: CaseStatus, action: CaseAction): AppError {
  try {
    planTransition(facts(status), inputs[action], TODAY)
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error(`${action} from ${status} was allowed`)
}

describe('case lifecycle: every (status, action) pair', () => {
  for (const status of caseStatuses) {
    for (const action of caseActions) {
      const to = allowed[status][action]
      if (to) {
        it(`${status} --${action}--> ${to}`, () => {
          const plan = planTransition(facts(status), inputs[action], TODAY)
          expect(plan.from).toBe(status)
          expect(plan.to).toBe(to)
          expect(plan.date).toBe(TODAY)
        })
      } else {
        it(`${status} refuses ${action}`, () => {
          const e = refusal(status, action)
          expect(e.code).toBe('ILLEGAL_STATE')
          expect(e.message).toMatch(new RegExp(`^「${labels[status]}」的隐患不能`))
        })
      }
    }
  }

  it('offers exactly the allowed actions for each status', () => {
    for (const status of caseStatuses) expect(allowedActions(status).sort()).toEqual(Object.keys(allowed[status]).sort())
  })
})

describe('case lifecycle: messages and the fields of each action', () => {
  it('says plainly why a step is refused', () => {
    expect(refusal('closed', 'extend').message).toBe('「已销号」的隐患不能延期')
    expect(refusal('voided', 'notice').message).toBe('「已作废」的隐患不能下发整改通知')
    expect(refusal('rectifying', 'close').message).toBe('「整改中」的隐患不能销号，须复查合格后才能销号')
    expect(refusal('awaiting_recheck', 'close').message).toBe('「待复查」的隐患不能销号，须复查合格后才能销号')
    expect(refusal('rectifying', 'recheckPassed').message).toBe('「整改中」的隐患不能登记复查合格，须先提请复查')
    expect(refusal('awaiting_recheck', 'extend').message).toBe('「待复查」的隐患不能延期，请先登记复查结果')
    expect(refusal('closed', 'void').message).toBe('「已销号」的隐患不能作废')
  })

  it('extends only to a later deadline, and records reason and approver', () => {
    const plan = planTransition(facts('rectifying'), inputs.extend, TODAY)
    expect(plan.deadline).toBe('2024-03-31')
    expect(plan.data).toEqual({ oldDeadline: '2024-03-10', newDeadline: '2024-03-31', reason: '需更换整套电气线路', approver: '周立新' })
    expect(() => planTransition(facts('rectifying'), { ...inputs.extend, newDeadline: '2024-03-10' } as TransitionInput, TODAY)).toThrow(
      '延期后的整改期限应晚于原期限（2024年3月10日）',
    )
    const overdue = { status: 'rectifying' as const, foundDate: '2024-02-01', deadline: '2024-02-20' }
    expect(() => planTransition(overdue, { ...inputs.extend, newDeadline: '2024-03-01' } as TransitionInput, TODAY)).toThrow(
      '延期后的整改期限不能早于办理日期（2024年3月5日）',
    )
  })

  it('a failed recheck needs a new deadline after the recheck, or escalation', () => {
    expect(() => planTransition(facts('awaiting_recheck'), { action: 'recheckFailed', escalate: false }, TODAY)).toThrow('请填写新的整改期限，或选择升级处理')
    expect(() => planTransition(facts('awaiting_recheck'), { action: 'recheckFailed', newDeadline: TODAY, escalate: false }, TODAY)).toThrow(
      '新的整改期限应晚于复查日期',
    )
    const escalated = planTransition(facts('awaiting_recheck'), { action: 'recheckFailed', escalate: true }, TODAY)
    expect(escalated).toMatchObject({ to: 'rectifying', escalated: true, data: { escalate: true } })
    expect(escalated.deadline).toBeUndefined()
    const both = planTransition(facts('awaiting_recheck'), { action: 'recheckFailed', newDeadline: '2024-03-20', escalate: true }, TODAY)
    expect(both).toMatchObject({ deadline: '2024-03-20', escalated: true })
  })

  it('dates a step on the day given: not after today, not before the hazard was found', () => {
    expect(planTransition(facts('recheck_passed'), { action: 'close', date: '2024-03-04' }, TODAY)).toMatchObject({ to: 'closed', closedDate: '2024-03-04' })
    const future = (() => {
      try {
        planTransition(facts('registered'), { action: 'notice', date: '2024-03-06' }, TODAY)
      } catch (e) {
        return e as AppError
      }
    })()
    expect(future).toMatchObject({ code: 'VALIDATION', field: 'date', message: '日期不能晚于今天（2024年3月5日）' })
    expect(() => planTransition(facts('registered'), { action: 'notice', date: '2024-02-29' }, TODAY)).toThrow('日期不能早于发现日期（2024年3月1日）')
  })

  it('voids with the reason', () => {
    expect(planTransition(facts('noticed'), inputs.void, TODAY)).toMatchObject({ to: 'voided', voidReason: '重复登记' })
  })
})
