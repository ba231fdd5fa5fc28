import type { Case, CaseFilter } from '../cases/schema'

/** A number on the dashboard and the case-list filter that lists exactly the cases it counts. */
export interface Tile {
  count: number
  filter: CaseFilter
}

export interface GroupTile extends Tile {
  /** Of the open cases counted, those overdue; `overdueFilter` lists them. */
  overdue: number
  overdueFilter: CaseFilter
}

export interface DashboardSummary {
  /** The day the figures were computed for. */
  today: string
  open: Tile
  /** The most overdue first; `cases` holds at most the first 50. */
  overdue: Tile & { cases: Case[] }
  /** Deadline from today to today + 3 (inclusive), the unit still owing work. */
  dueWithin3: Tile
  /** Deadline from today to today + 7 (inclusive), the unit still owing work; `cases` holds the 20 soonest. */
  dueWithin7: Tile & { cases: Case[] }
  awaitingRecheck: Tile
  /** 复查待办: 待复查 past the deadline, the office's own backlog (never overdue); the longest waiting first, at most 50. */
  recheckBacklog: Tile & { cases: RecheckWaiting[] }
  openMajor: Tile
  byArea: (GroupTile & { areaId: string; areaName: string })[]
  byCategory: (GroupTile & { categoryId: string; categoryName: string })[]
}

/** A case waiting for the office's recheck: since when (the unit's 提请复查) and for how many days. */
export type RecheckWaiting = Case & { waitingSince: string; waitingDays: number }

export interface SinceLastStart extends Tile {
  /** The day the app was last started before this run; null on the first run. */
  previousStart: string | null
  /** Cases that were not overdue on that day and are now, the most overdue first (at most 50). */
  cases: Case[]
}
