import { audit } from '../audit'
import { addDays, daysBetween } from '../dates'
import { owingStatuses } from '../cases/overdue'
import { openStatuses, type CaseFilter } from '../cases/schema'
import { inTx, type Ctx } from '../context'
import * as repo from './repo'
import type { DashboardSummary, SinceLastStart } from './schema'

const open = (): CaseFilter => ({ status: [...openStatuses] })
const byDeadline = { sort: 'deadline', order: 'asc' } as const
const LIST_LIMIT = 50

export function dashboardSummary(ctx: Ctx): DashboardSummary {
  const today = ctx.clock.today()
  const in3 = addDays(today, 3)
  const in7 = addDays(today, 7)
  const yesterday = addDays(today, -1)
  const t = repo.openTotals(ctx.db, today, in3, in7)
  // Due soon, like overdue, counts only what the unit still owes (see cases/overdue).
  const dueFilter = (to: string): CaseFilter => ({ status: [...owingStatuses], deadlineFrom: today, deadlineTo: to, ...byDeadline })
  const overdueFilter: CaseFilter = { overdue: true, ...byDeadline }
  return {
    today,
    open: { count: t.open, filter: open() },
    overdue: { count: t.overdue, filter: overdueFilter, cases: repo.owingByDeadline(ctx.db, null, yesterday, LIST_LIMIT, today) },
    dueWithin3: { count: t.dueWithin3, filter: dueFilter(in3) },
    dueWithin7: { count: t.dueWithin7, filter: dueFilter(in7), cases: repo.owingByDeadline(ctx.db, today, in7, 20, today) },
    awaitingRecheck: { count: t.awaitingRecheck, filter: { status: ['awaiting_recheck'], ...byDeadline } },
    recheckBacklog: {
      count: t.recheckBacklog,
      filter: { status: ['awaiting_recheck'], deadlineTo: yesterday, ...byDeadline },
      cases: repo.recheckBacklog(ctx.db, today, LIST_LIMIT).map(({ waitingSince, ...c }) => ({ ...c, waitingSince, waitingDays: daysBetween(waitingSince, today) })),
    },
    openMajor: { count: t.openMajor, filter: { ...open(), severity: 'major', ...byDeadline } },
    byArea: repo.openByArea(ctx.db, today).map((g) => ({
      areaId: g.id,
      areaName: g.name,
      count: g.open,
      filter: { ...open(), areaId: g.id },
      overdue: g.overdue,
      overdueFilter: { ...overdueFilter, areaId: g.id },
    })),
    byCategory: repo.openByCategory(ctx.db, today).map((g) => ({
      categoryId: g.id,
      categoryName: g.name,
      count: g.open,
      filter: { ...open(), categoryId: g.id },
      overdue: g.overdue,
      overdueFilter: { ...overdueFilter, categoryId: g.id },
    })),
  }
}

/**
 * Open cases that were not yet overdue on `lastSeen` and are now: their deadline is on or after
 * that day and before today.
 */
export function newlyOverdueSince(ctx: Ctx, lastSeen: string | null): SinceLastStart {
  const today = ctx.clock.today()
  const yesterday = addDays(today, -1)
  if (lastSeen === null || lastSeen > yesterday) {
    return { previousStart: lastSeen, count: 0, cases: [], filter: { overdue: true, deadlineFrom: today, ...byDeadline } }
  }
  return {
    previousStart: lastSeen,
    count: repo.countOwingByDeadline(ctx.db, lastSeen, yesterday),
    cases: repo.owingByDeadline(ctx.db, lastSeen, yesterday, LIST_LIMIT, today),
    filter: { overdue: true, deadlineFrom: lastSeen, deadlineTo: yesterday, ...byDeadline },
  }
}

/** The previous start of each opened app, read (and today's recorded) on the first call of the run. */
const previousStarts = new WeakMap<Ctx, string | null>()

export function sinceLastStart(ctx: Ctx): SinceLastStart {
  if (!previousStarts.has(ctx)) {
    const previous = inTx(ctx, () => {
      const prev = repo.recordStart(ctx.db, ctx.clock.today(), ctx.clock.now())
      audit(ctx, { action: 'start', entity: 'app', entityId: 'app', data: { previousStart: prev } })
      return prev
    })
    previousStarts.set(ctx, previous)
  }
  return newlyOverdueSince(ctx, previousStarts.get(ctx) ?? null)
}
