import type { FiredeskApp } from '../../../electron/core/app'
import type { CaseSeverity } from '../../../electron/core/cases/schema'

/*
 * A small ledger around 2024Q1 with the cases that decide a quarterly summary: found before and
 * closed inside, found on the first day and closed on the last, found on the last day, found
 * after, voided (inside, and after the quarter while still open), extensions before and after
 * the quarter's end, a failed recheck that set a new deadline, deadlines on and just before the
 * last day, a closure on the day before the quarter; supervisions started before and inside it,
 * lifted inside and after it, and one voided. The clock stands at 2024-06-30.
 */

export const TODAY = '2024-06-30T02:00:00.000Z'

export interface Spec {
  key: string
  found: string
  deadline: string
  severity?: CaseSeverity
  categoryId?: string
  /** even keys go to the factory in 长江村, odd ones to the shop in 柳黄头村 */
  south?: boolean
  steps?: Step[]
}

type Step =
  | { do: 'close'; on: string }
  | { do: 'void'; on: string }
  | { do: 'extend'; on: string; to: string }
  | { do: 'failRecheck'; on: string; to: string }
  | { do: 'supervise'; on: string }
  | { do: 'lift'; on: string }
  | { do: 'voidSupervision' }

export const specs: Spec[] = [
  { key: 'beforeClosedInside', found: '2023-12-20', deadline: '2024-01-10', steps: [{ do: 'close', on: '2024-01-15' }] },
  { key: 'firstDayClosedLastDay', found: '2024-01-01', deadline: '2024-01-05', south: true, steps: [{ do: 'close', on: '2024-03-31' }] },
  { key: 'foundLastDay', found: '2024-03-31', deadline: '2024-04-10', categoryId: 'cc06' },
  { key: 'foundAfter', found: '2024-04-02', deadline: '2024-04-12', south: true },
  { key: 'voidedInside', found: '2024-02-01', deadline: '2024-02-10', steps: [{ do: 'void', on: '2024-02-03' }] },
  { key: 'voidedAfterWhileOpen', found: '2024-02-10', deadline: '2024-02-20', south: true, steps: [{ do: 'void', on: '2024-05-01' }] },
  { key: 'extendedAfterEnd', found: '2024-03-01', deadline: '2024-03-20', categoryId: 'cc02', steps: [{ do: 'extend', on: '2024-04-05', to: '2024-04-30' }] },
  {
    key: 'extendedInside',
    found: '2024-03-01',
    deadline: '2024-03-15',
    south: true,
    steps: [{ do: 'supervise', on: '2024-03-02' }, { do: 'voidSupervision' }, { do: 'extend', on: '2024-03-14', to: '2024-04-15' }],
  },
  {
    key: 'closedAfterEnd',
    found: '2024-02-01',
    deadline: '2024-02-20',
    categoryId: 'cc02',
    steps: [{ do: 'supervise', on: '2024-02-15' }, { do: 'close', on: '2024-04-10' }, { do: 'lift', on: '2024-04-12' }],
  },
  { key: 'deadlineOnLastDay', found: '2024-03-20', deadline: '2024-03-31', south: true },
  { key: 'deadlineDayBeforeEnd', found: '2024-03-20', deadline: '2024-03-30', categoryId: 'cc06' },
  {
    key: 'majorClosedInside',
    found: '2024-02-05',
    deadline: '2024-03-05',
    severity: 'major',
    south: true,
    steps: [{ do: 'supervise', on: '2024-02-06' }, { do: 'close', on: '2024-03-10' }, { do: 'lift', on: '2024-03-15' }],
  },
  { key: 'failedRecheckNewDeadline', found: '2024-01-10', deadline: '2024-01-20', steps: [{ do: 'failRecheck', on: '2024-01-21', to: '2024-04-20' }] },
  { key: 'oldOpenOverdue', found: '2023-11-01', deadline: '2023-11-30', south: true, categoryId: 'cc11', steps: [{ do: 'supervise', on: '2023-12-01' }] },
  { key: 'closedDayBefore', found: '2023-10-10', deadline: '2023-10-20', steps: [{ do: 'close', on: '2023-12-31' }] },
  { key: 'extendedTwice', found: '2024-01-05', deadline: '2024-01-31', south: true, steps: [{ do: 'extend', on: '2024-01-30', to: '2024-02-28' }, { do: 'extend', on: '2024-04-01', to: '2024-05-31' }] },
]

/** The live supervision of each case, for the steps that lift or void it. */
const supervisions = new Map<string, string>()

async function play(app: FiredeskApp, id: string, step: Step): Promise<void> {
  const go = (action: 'notice' | 'startRectify' | 'requestRecheck' | 'recheckPassed' | 'close', date: string) => app.call('cases/transition', { id, action, date })
  switch (step.do) {
    case 'close':
      for (const a of ['notice', 'startRectify', 'requestRecheck', 'recheckPassed', 'close'] as const) await go(a, step.on)
      return
    case 'void':
      await app.call('cases/transition', { id, action: 'void', date: step.on, reason: '录入重复' })
      return
    case 'extend':
      await app.call('cases/transition', { id, action: 'extend', date: step.on, newDeadline: step.to, reason: '整改工程量较大', approver: '李主任' })
      return
    case 'failRecheck':
      for (const a of ['notice', 'startRectify', 'requestRecheck'] as const) await go(a, step.on)
      await app.call('cases/transition', { id, action: 'recheckFailed', date: step.on, newDeadline: step.to })
      return
    case 'supervise': {
      const s = await app.call('supervisions/create', {
        caseId: id,
        leadDepartment: '镇安监办',
        responsiblePerson: '陈晓东',
        duty: '单位主要负责人负总责',
        measures: '限期整改，落实专人看护',
        funding: '单位自筹',
        fixDeadline: '2024-06-30',
        contingency: '落实临时防范措施',
        startDate: step.on,
        supervisionDeadline: '2024-06-30',
        reportRhythm: 'monthly',
      })
      supervisions.set(id, s.id)
      return
    }
    case 'lift':
      await app.call('supervisions/lift', { id: supervisions.get(id) ?? '', date: step.on })
      return
    case 'voidSupervision':
      await app.call('supervisions/void', { id: supervisions.get(id) ?? '', reason: '重复登记' })
  }
}

/** Registers the specs' cases and plays their steps; answers the case id of each key. */
export async function edgeLedger(app: FiredeskApp, cases: readonly Spec[] = specs): Promise<Map<string, string>> {
  const north = await app.call('areas/create', { name: '柳黄头村', sortOrder: 1 })
  const south = await app.call('areas/create', { name: '长江村', sortOrder: 2 })
  await app.call('areas/create', { name: '象阳村', sortOrder: 3 })
  const shop = await app.call('subjects/create', { name: '好运来小吃店', kindId: 'sk01', areaId: north.id, address: '柳青路88号' })
  const factory = await app.call('subjects/create', { name: '乐清市鑫达电气有限公司', kindId: 'sk06', areaId: south.id, address: '兴业路12号' })
  const ids = new Map<string, string>()
  for (const s of cases) {
    const c = await app.call('cases/create', {
      subjectId: s.south ? factory.id : shop.id,
      foundDate: s.found,
      source: 'routine',
      inspectors: '王志强',
      categoryId: s.categoryId ?? 'cc01',
      severity: s.severity ?? 'general',
      description: s.key,
      requirement: '立即整改',
      deadline: s.deadline,
    })
    for (const step of s.steps ?? []) await play(app, c.id, step)
    ids.set(s.key, c.id)
  }
  return ids
}
