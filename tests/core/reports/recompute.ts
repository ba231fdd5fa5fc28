import type { Db } from '../../../electron/core/db/open'

/*
 * The summary's figures computed a second way: plain TypeScript over the raw rows of `cases`,
 * `case_events` and `supervisions`, written from the definitions the report states, sharing no
 * code or SQL with electron/core/reports. The deadline in force on a day is replayed from the timeline, starting
 * from the deadline the registration entry recorded.
 */

export interface RawCase {
  id: string
  status: string
  found_date: string
  closed_date: string | null
  deadline: string
  area_id: string
  category_id: string
  subject_kind_id: string
  severity: string
}

interface RawEvent {
  id: string
  case_id: string
  at: string
  date: string
  action: string
  to_status: string
  data: string
}

interface RawSupervision {
  case_id: string
  status: string
  start_date: string
  lifted_date: string | null
}

export interface Ledger {
  cases: RawCase[]
  supervisions: RawSupervision[]
  events: Map<string, TimelineStep[]>
}

interface TimelineStep {
  id: string
  at: string
  date: string
  action: string
  toStatus: string
  data: Record<string, string>
}

export function readLedger(db: Db): Ledger {
  const cases = db.prepare('SELECT * FROM cases').all() as RawCase[]
  const events = new Map<string, TimelineStep[]>()
  for (const e of db.prepare('SELECT * FROM case_events').all() as RawEvent[]) {
    const list = events.get(e.case_id) ?? []
    list.push({ id: e.id, at: e.at, date: e.date, action: e.action, toStatus: e.to_status, data: JSON.parse(e.data) as Record<string, string> })
    events.set(e.case_id, list)
  }
  return { cases, events, supervisions: db.prepare('SELECT * FROM supervisions').all() as RawSupervision[] }
}

/** The calendar day before an ISO day, by the JavaScript Date of its noon (no time zone can move it). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

const compare = (a: { date: string; at: string; id: string }, b: { date: string; at: string; id: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** The deadline at the end of `day`: the last new deadline set on or before it, else the one registered. */
export function deadlineOn(l: Ledger, c: RawCase, day: string): string {
  const timeline = [...(l.events.get(c.id) ?? [])].sort(compare)
  let deadline = timeline.find((e) => e.action === 'register')?.data.deadline ?? c.deadline
  for (const e of timeline) {
    if (e.date > day) break
    if ((e.action === 'extend' || e.action === 'recheckFailed') && e.data.newDeadline) deadline = e.data.newDeadline
  }
  return deadline
}

/** The status at the end of `day`: where the last step dated on or before it left the case; before its first step, registered. */
export function statusOn(l: Ledger, c: RawCase, day: string): string {
  let status = 'registered'
  for (const e of [...(l.events.get(c.id) ?? [])].sort(compare)) {
    if (e.date > day) break
    status = e.toStatus
  }
  return status
}

/** DOMAIN.md's 逾期: the unit still owes work (registered, noticed, rectifying). */
const owing = new Set(['registered', 'noticed', 'rectifying'])

export type FigureKey = 'found' | 'closed' | 'foundClosed' | 'openAtStart' | 'openAtEnd' | 'overdueAtEnd' | 'supervisedStarted' | 'supervisedAtEnd'

/** The ids each figure counts over [from, to]. */
export function expectedSets(l: Ledger, from: string, to: string): Record<FigureKey, RawCase[]> {
  const live = l.cases.filter((c) => c.status !== 'voided')
  const within = (d: string | null) => d !== null && d >= from && d <= to
  const openOn = (c: RawCase, day: string) => c.found_date <= day && (c.closed_date === null || c.closed_date > day)
  const found = live.filter((c) => within(c.found_date))
  const openAtEnd = live.filter((c) => openOn(c, to))
  const supervised = (keep: (s: RawSupervision) => boolean) => {
    const ids = new Set(l.supervisions.filter((s) => s.status !== 'voided' && keep(s)).map((s) => s.case_id))
    return live.filter((c) => ids.has(c.id))
  }
  return {
    found,
    closed: live.filter((c) => within(c.closed_date)),
    foundClosed: found.filter((c) => c.closed_date !== null && c.closed_date <= to),
    openAtStart: live.filter((c) => openOn(c, dayBefore(from))),
    openAtEnd,
    overdueAtEnd: openAtEnd.filter((c) => owing.has(statusOn(l, c, to)) && deadlineOn(l, c, to) < to),
    supervisedStarted: supervised((s) => within(s.start_date)),
    supervisedAtEnd: supervised((s) => s.start_date <= to && (s.lifted_date === null || s.lifted_date > to)),
  }
}

export const dimensionColumn = { area: 'area_id', category: 'category_id', subjectKind: 'subject_kind_id', severity: 'severity' } as const

/** Count per group of a dimension. */
export function countBy(cases: readonly RawCase[], dimension: keyof typeof dimensionColumn): Map<string, number> {
  const out = new Map<string, number>()
  for (const c of cases) out.set(c[dimensionColumn[dimension]], (out.get(c[dimensionColumn[dimension]]) ?? 0) + 1)
  return out
}

/** Count per YYYY-MM of a date. */
export function countByMonth(cases: readonly RawCase[], date: (c: RawCase) => string | null): Map<string, number> {
  const out = new Map<string, number>()
  for (const c of cases) {
    const d = date(c)
    if (d !== null) out.set(d.slice(0, 7), (out.get(d.slice(0, 7)) ?? 0) + 1)
  }
  return out
}

export const percentOf = (n: number, d: number): number | null => (d === 0 ? null : Number(((n / d) * 100).toFixed(1)))
