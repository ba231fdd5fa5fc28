import { addDays, daysBetween } from '../dates'
import type { Db } from '../db/open'
import { owingSql, pendingSql } from './owing'
import type { TaskDashboard, UnitLagging } from './schema'

interface Counts {
  overdue: number | null
  due_soon: number | null
}

const LIVE = "t.status = 'open' AND t.deadline IS NOT NULL AND c.status = 'active'"

/**
 * Tasks overdue and due within `days` in the active campaigns, and the first 20 of them with the
 * units that still owe them.
 */
export function taskDashboard(db: Db, today: string, days: number): TaskDashboard {
  const soon = addDays(today, days)
  const params = { today, soon }
  const near = `${LIVE} AND t.deadline <= @soon AND ${pendingSql('t')}`
  // Every open dated task near or past its deadline, less those every unit has done: only tasks
  // with some unit done are walked unit by unit, and an office strikes those off soon.
  const scope = "t.status = 'open' AND t.deadline <= @soon AND t.campaign_id IN (SELECT id FROM campaigns WHERE status = 'active')"
  const all = db.prepare(`SELECT sum(t.deadline < @today) AS overdue, sum(t.deadline >= @today) AS due_soon FROM tasks t WHERE ${scope}`).get(params) as Counts
  const done = db
    .prepare(
      `SELECT sum(t.deadline < @today) AS overdue, sum(t.deadline >= @today) AS due_soon FROM tasks t
       WHERE t.id IN (SELECT task_id FROM task_progress WHERE status = 'done') AND ${scope} AND NOT ${pendingSql('t')}`,
    )
    .get(params) as Counts
  const items = db
    .prepare(
      `SELECT t.id, t.campaign_id, c.name AS campaign_name, t.seq, t.content, t.deadline
       FROM tasks t JOIN campaigns c ON c.id = t.campaign_id WHERE ${near} ORDER BY t.deadline, c.name, t.seq LIMIT 20`,
    )
    .all(params) as { id: string; campaign_id: string; campaign_name: string; seq: number; content: string; deadline: string }[]
  const pendingUnits = db.prepare(
    `WITH owing AS (${owingSql('t.id = @id')})
     SELECT DISTINCT u.name FROM owing o JOIN responsible_units u ON u.id = o.unit_id
     WHERE NOT EXISTS (SELECT 1 FROM task_progress p WHERE p.task_id = o.task_id AND p.unit_id = o.unit_id AND p.status = 'done')
     ORDER BY u.sort_order, u.name`,
  )
  return {
    overdue: (all.overdue ?? 0) - (done.overdue ?? 0),
    dueSoon: (all.due_soon ?? 0) - (done.due_soon ?? 0),
    items: items.map((t) => ({
      taskId: t.id,
      campaignId: t.campaign_id,
      campaignName: t.campaign_name,
      seq: t.seq,
      content: t.content,
      deadline: t.deadline,
      overdue: t.deadline < today,
      pendingUnits: (pendingUnits.all({ id: t.id }) as { name: string }[]).map((u) => u.name),
    })),
  }
}

/** Each unit that owes overdue task work, with the ladder's steps taken so far and the next rung. */
export function laggingUnits(db: Db, today: string, campaignId: string | null): UnitLagging[] {
  const scope = `t.status = 'open' AND t.deadline < @today AND ${campaignId === null ? "EXISTS (SELECT 1 FROM campaigns c WHERE c.id = t.campaign_id AND c.status = 'active')" : 't.campaign_id = @campaignId'}`
  const rows = db
    .prepare(
      `WITH owing AS (${owingSql(scope)})
       SELECT DISTINCT o.unit_id, u.name AS unit_name, u.unit_type, u.area_id, u.contact_name, u.contact_phone, u.sort_order,
         t.id AS task_id, t.campaign_id, c.name AS campaign_name, t.seq, t.content, t.deadline
       FROM owing o JOIN responsible_units u ON u.id = o.unit_id JOIN tasks t ON t.id = o.task_id JOIN campaigns c ON c.id = t.campaign_id
       WHERE NOT EXISTS (SELECT 1 FROM task_progress p WHERE p.task_id = o.task_id AND p.unit_id = o.unit_id AND p.status = 'done')
       ORDER BY u.unit_type, u.sort_order, u.name, t.deadline, t.seq`,
    )
    .all({ today, campaignId }) as {
    unit_id: string
    unit_name: string
    unit_type: 'department' | 'village'
    area_id: string | null
    contact_name: string
    contact_phone: string
    task_id: string
    campaign_id: string
    campaign_name: string
    seq: number
    content: string
    deadline: string
  }[]
  const steps = db.prepare('SELECT rung, count(*) AS n FROM task_escalations WHERE unit_id = ? AND task_id = ? GROUP BY rung')
  const out = new Map<string, UnitLagging>()
  for (const r of rows) {
    const u =
      out.get(r.unit_id) ??
      ({ unitId: r.unit_id, unitName: r.unit_name, unitType: r.unit_type, areaId: r.area_id, contactName: r.contact_name, contactPhone: r.contact_phone, tasks: [], letters: 0, interviews: 0, circulars: 0, nextRung: 'letter' } satisfies UnitLagging)
    u.tasks.push({ taskId: r.task_id, campaignId: r.campaign_id, campaignName: r.campaign_name, seq: r.seq, content: r.content, deadline: r.deadline, daysOverdue: daysBetween(r.deadline, today) })
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
