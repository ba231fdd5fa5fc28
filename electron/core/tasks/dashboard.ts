import { addDays, daysBetween } from '../dates'
import type { Db } from '../db/open'
import type { Recurring } from './deadline'
import { dueSoonSql, dueSql, overdueSql, owingSql, unitDoneSql, unitOverdueSql, unownedSql } from './owing'
import { periodContaining } from './period'
import { unownedLabel, type LateTask, type TaskDashboard, type UnitLagging } from './schema'

/** SQLite's order of text (by code point), so the merged list orders as one query would. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const ACTIVE = "t.campaign_id IN (SELECT id FROM campaigns WHERE status = 'active')"

/** The period a recurring task's due day belongs to, as the office names it (2024年3月). */
const periodLabel = (recurring: Recurring | null, today: string): string | null => (recurring === null ? null : periodContaining(recurring, today).label)

/** A listed task still pending with no unit pending on it is owed by nobody. */
const namesOrUnowned = (names: string[]): string[] => (names.length > 0 ? names : [unownedLabel])

/**
 * Tasks overdue and due within `days` in the active campaigns — recurring ones by this period's
 * due day — and the first 20 of them with the units that still owe them.
 */
export function taskDashboard(db: Db, today: string, days: number): TaskDashboard {
  const params = { today, soon: addDays(today, days) }
  const live = `t.status = 'open' AND ${ACTIVE}`
  const counts = db.prepare(`SELECT sum(${overdueSql('t')}) AS overdue, sum(${dueSoonSql('t')}) AS due_soon FROM tasks t WHERE ${live} AND ${dueSql('t')} <= @soon`).get(params) as {
    overdue: number | null
    due_soon: number | null
  }
  // The first 20 by due day: dated tasks read in deadline order from their index (so the walk stops
  // early), recurring ones (few) by this period's due day.
  const first = (where: string, order: string) =>
    db
      .prepare(
        `SELECT t.id, t.campaign_id, c.name AS campaign_name, t.seq, t.content, t.recurring, ${dueSql('t')} AS due
         FROM tasks t JOIN campaigns c ON c.id = t.campaign_id WHERE ${live} AND ${where} AND (${overdueSql('t')} OR ${dueSoonSql('t')})
         ORDER BY ${order}, c.name, t.seq LIMIT 20`,
      )
      .all(params) as { id: string; campaign_id: string; campaign_name: string; seq: number; content: string; recurring: Recurring | null; due: string }[]
  const items = [...first('t.recurring IS NULL AND t.deadline <= @soon', 't.deadline'), ...first(`t.recurring IS NOT NULL AND ${dueSql('t')} <= @soon`, 'due')]
    .sort((a, b) => cmp(a.due, b.due) || cmp(a.campaign_name, b.campaign_name) || a.seq - b.seq)
    .slice(0, 20)
  const pendingUnits = db.prepare(
    `WITH owing AS (${owingSql('t.id = @id')})
     SELECT DISTINCT u.name FROM owing o JOIN responsible_units u ON u.id = o.unit_id JOIN tasks t ON t.id = o.task_id
     WHERE NOT ${unitDoneSql('t', 'o.unit_id')}
     ORDER BY u.sort_order, u.name`,
  )
  return {
    overdue: counts.overdue ?? 0,
    dueSoon: counts.due_soon ?? 0,
    items: items.map((t) => ({
      taskId: t.id,
      campaignId: t.campaign_id,
      campaignName: t.campaign_name,
      seq: t.seq,
      content: t.content,
      due: t.due,
      periodLabel: periodLabel(t.recurring, today),
      overdue: t.due < today,
      pendingUnits: namesOrUnowned((pendingUnits.all({ id: t.id, today }) as { name: string }[]).map((u) => u.name)),
    })),
  }
}

/** Open tasks past their due day (this period's, for a recurring task) in the campaign, or in every active one. */
const lateScope = (campaignId: string | null): string =>
  `t.status = 'open' AND ${dueSql('t')} < @today AND ${campaignId === null ? ACTIVE : 't.campaign_id = @campaignId'}`

const LATE_COLUMNS = `t.id AS task_id, t.campaign_id, c.name AS campaign_name, t.seq, t.content, t.recurring, ${dueSql('t')} AS due`

interface LateRow {
  task_id: string
  campaign_id: string
  campaign_name: string
  seq: number
  content: string
  recurring: Recurring | null
  due: string
}

const lateTask = (r: LateRow, today: string): LateTask => ({
  taskId: r.task_id,
  campaignId: r.campaign_id,
  campaignName: r.campaign_name,
  seq: r.seq,
  content: r.content,
  due: r.due,
  periodLabel: periodLabel(r.recurring, today),
  daysOverdue: daysBetween(r.due, today),
})

/** Each unit late on task work (by this period's due day, for a recurring task), with the ladder's steps taken so far and the next rung. */
export function laggingUnits(db: Db, today: string, campaignId: string | null): UnitLagging[] {
  const rows = db
    .prepare(
      `WITH owing AS (${owingSql(lateScope(campaignId))})
       SELECT DISTINCT o.unit_id, u.name AS unit_name, u.unit_type, u.area_id, u.contact_name, u.contact_phone, u.sort_order, ${LATE_COLUMNS}
       FROM owing o JOIN responsible_units u ON u.id = o.unit_id JOIN tasks t ON t.id = o.task_id JOIN campaigns c ON c.id = t.campaign_id
       WHERE ${unitOverdueSql('t', 'o.unit_id')}
       ORDER BY u.unit_type, u.sort_order, u.name, due, t.seq`,
    )
    .all({ today, campaignId }) as (LateRow & {
    unit_id: string
    unit_name: string
    unit_type: 'department' | 'village'
    area_id: string | null
    contact_name: string
    contact_phone: string
  })[]
  const steps = db.prepare('SELECT rung, count(*) AS n FROM task_escalations WHERE unit_id = ? AND task_id = ? GROUP BY rung')
  const out = new Map<string, UnitLagging>()
  for (const r of rows) {
    const u =
      out.get(r.unit_id) ??
      ({ unitId: r.unit_id, unitName: r.unit_name, unitType: r.unit_type, areaId: r.area_id, contactName: r.contact_name, contactPhone: r.contact_phone, tasks: [], letters: 0, interviews: 0, circulars: 0, nextRung: 'letter' } satisfies UnitLagging)
    u.tasks.push(lateTask(r, today))
    for (const s of steps.all(r.unit_id, r.task_id) as { rung: 'letter' | 'interview' | 'circular'; n: number }[]) {
      if (s.rung === 'letter') u.letters += s.n
      if (s.rung === 'interview') u.interviews += s.n
      if (s.rung === 'circular') u.circulars += s.n
    }
    u.nextRung = u.letters === 0 ? 'letter' : u.interviews === 0 ? 'interview' : 'circular'
    out.set(r.unit_id, u)
  }
  return [...out.values()]
}

/** The overdue tasks nobody owes (未指定责任单位): counted 逾期 with the others, listed after the lagging units. */
export function unownedOverdue(db: Db, today: string, campaignId: string | null): LateTask[] {
  const rows = db
    .prepare(
      `SELECT ${LATE_COLUMNS} FROM tasks t JOIN campaigns c ON c.id = t.campaign_id
       WHERE ${lateScope(campaignId)} AND ${overdueSql('t')} AND ${unownedSql('t')} ORDER BY due, c.name, t.seq`,
    )
    .all({ today, campaignId }) as LateRow[]
  return rows.map((r) => lateTask(r, today))
}
