import type { Db } from '../db/open'
import { nextDue, type Recurring } from './deadline'
import { overdueSql, owingSql, pendingSql } from './owing'
import { periodContaining, periodKeySql } from './period'
import type { ProgressStatus, Task, TaskUnitRef, UnitProgress } from './schema'
import { markVoided as voidRow } from '../db/void'

interface TaskRow {
  id: string
  campaign_id: string
  seq: number
  title: string
  content: string
  due_text: string
  deadline: string | null
  recurring: Recurring | null
  status: 'open' | 'closed' | 'voided'
  closed_date: string | null
  close_note: string
  void_reason: string | null
  pending: number
  overdue: number
}

interface RefRow {
  task_id: string
  role: 'lead' | 'helper'
  written_name: string
  unit_id: string | null
  group_kind: 'villages' | 'campaign_units' | null
}

interface ProgressRow {
  task_id: string
  unit_id: string
  role: 'lead' | 'helper'
  unit_name: string
  unit_type: 'department' | 'village'
  status: ProgressStatus | null
  note: string | null
  file_id: string | null
  file_name: string | null
  reported_on: string | null
  done_date: string | null
}

/**
 * The tasks chosen by `scope` (a WHERE on t) with their units and each owing unit's progress; a
 * recurring task's in the period containing `day` (today unless a past day is asked for).
 */
export function listTasks(db: Db, today: string, scope: string, params: Record<string, unknown>, day = today): Task[] {
  const rows = db
    .prepare(`SELECT t.*, ${pendingSql('t', '@day')} AS pending, ${overdueSql('t', '@day')} AS overdue FROM tasks t WHERE ${scope} ORDER BY t.campaign_id, t.seq`)
    .all({ ...params, today, day }) as TaskRow[]
  if (rows.length === 0) return []
  const refs = db
    .prepare(`SELECT tu.* FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE ${scope} ORDER BY tu.task_id, tu.role, tu.position`)
    .all(params) as RefRow[]
  const progress = db
    .prepare(
      `WITH owing AS (${owingSql(scope)}),
       first AS (SELECT task_id, unit_id, min(CASE role WHEN 'lead' THEN 0 ELSE 1 END) AS r, min(position) AS pos FROM owing GROUP BY task_id, unit_id)
       SELECT f.task_id, f.unit_id, CASE f.r WHEN 0 THEN 'lead' ELSE 'helper' END AS role, u.name AS unit_name, u.unit_type,
         p.status, p.note, p.file_id, cf.original_name AS file_name, p.reported_on, p.done_date
       FROM first f JOIN responsible_units u ON u.id = f.unit_id JOIN tasks pt ON pt.id = f.task_id
       LEFT JOIN task_progress p ON p.task_id = f.task_id AND p.unit_id = f.unit_id AND p.voided_at IS NULL AND p.period_key = ${periodKeySql('pt.recurring', '@day')}
       LEFT JOIN campaign_files cf ON cf.id = p.file_id
       ORDER BY f.task_id, f.r, u.unit_type, f.pos, u.sort_order, u.name`,
    )
    .all({ ...params, day }) as ProgressRow[]
  const refsOf = new Map<string, RefRow[]>()
  for (const r of refs) refsOf.set(r.task_id, [...(refsOf.get(r.task_id) ?? []), r])
  const progressOf = new Map<string, ProgressRow[]>()
  for (const p of progress) progressOf.set(p.task_id, [...(progressOf.get(p.task_id) ?? []), p])
  const ref = (r: RefRow): TaskUnitRef => ({ name: r.written_name, unitId: r.unit_id, group: r.group_kind })
  return rows.map((t) => {
    const period = t.recurring === null ? null : periodContaining(t.recurring, day)
    const overdue = t.overdue === 1
    const units: UnitProgress[] = (progressOf.get(t.id) ?? []).map((p) => ({
      unitId: p.unit_id,
      unitName: p.unit_name,
      unitType: p.unit_type,
      role: p.role,
      status: p.status ?? 'not_started',
      overdue: overdue && p.status !== 'done',
      note: p.note ?? '',
      fileId: p.file_id,
      fileName: p.file_name,
      reportedOn: p.reported_on,
      doneDate: p.done_date,
    }))
    const own = refsOf.get(t.id) ?? []
    return {
      id: t.id,
      campaignId: t.campaign_id,
      seq: t.seq,
      title: t.title,
      content: t.content,
      lead: own.filter((r) => r.role === 'lead').map(ref),
      helpers: own.filter((r) => r.role === 'helper').map(ref),
      dueText: t.due_text,
      deadline: t.deadline,
      recurring: t.recurring,
      nextDue: t.recurring === null ? null : nextDue(t.recurring, today),
      period: period && { key: period.key, label: period.label, due: period.due },
      state: t.status === 'closed' ? 'closed' : t.status === 'voided' ? 'open' : t.pending === 0 ? 'done' : overdue ? 'overdue' : 'open',
      status: t.status,
      progress: units,
      closedDate: t.closed_date,
      closeNote: t.close_note,
      voidReason: t.void_reason,
    }
  })
}

export interface TaskInsert {
  id: string
  campaignId: string
  seq: number
  title: string
  content: string
  dueText: string
  deadline: string | null
  recurring: Recurring | null
  importBatchId: string | null
  units: { role: 'lead' | 'helper'; name: string; unitId: string | null; group: 'villages' | 'campaign_units' | null }[]
}

export function insertTask(db: Db, t: TaskInsert, at: string, by: string): void {
  db.prepare(
    `INSERT INTO tasks (id, campaign_id, seq, title, content, due_text, deadline, recurring, status, import_batch_id, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)`,
  ).run(t.id, t.campaignId, t.seq, t.title, t.content, t.dueText, t.deadline, t.recurring, t.importBatchId, at, by, at, by)
  const ins = db.prepare('INSERT INTO task_units (task_id, role, position, written_name, unit_id, group_kind) VALUES (?, ?, ?, ?, ?, ?)')
  t.units.forEach((u, i) => ins.run(t.id, u.role, i + 1, u.name, u.unitId, u.group))
}

export function updateTask(db: Db, id: string, t: Pick<TaskInsert, 'title' | 'content' | 'dueText' | 'deadline' | 'recurring'>, at: string, by: string): void {
  db.prepare('UPDATE tasks SET title = ?, content = ?, due_text = ?, deadline = ?, recurring = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    t.title,
    t.content,
    t.dueText,
    t.deadline,
    t.recurring,
    at,
    by,
    id,
  )
}

/** Why a unit's report stops being its current one: it sent another for the same period. */
const SUPERSEDED = '被同期新报送的进展取代'

/**
 * Records a unit's report on a task for a period. Its live report for that period, if any, is
 * voided as superseded (who and when), never written over, so the ledger keeps what was reported
 * before. The new report keeps the earlier evidence file when it brings none, and a report of
 * 已完成 that follows one keeps the first day it was done.
 */
export function addProgress(
  db: Db,
  p: { id: string; taskId: string; unitId: string; periodKey: string; status: ProgressStatus; note: string; fileId: string | null; date: string },
  at: string,
  by: string,
): void {
  const live = db
    .prepare('SELECT id, file_id, done_date FROM task_progress WHERE task_id = ? AND unit_id = ? AND period_key = ? AND voided_at IS NULL')
    .get(p.taskId, p.unitId, p.periodKey) as { id: string; file_id: string | null; done_date: string | null } | undefined
  if (live) {
    db.prepare('UPDATE task_progress SET voided_at = ?, void_reason = ?, voided_by = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(at, SUPERSEDED, by, at, by, live.id)
  }
  db.prepare(
    `INSERT INTO task_progress (id, task_id, unit_id, period_key, status, note, file_id, reported_on, done_date, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @taskId, @unitId, @periodKey, @status, @note, @fileId, @date, @doneDate, @at, @by, @at, @by)`,
  ).run({ ...p, fileId: p.fileId ?? live?.file_id ?? null, doneDate: p.status === 'done' ? (live?.done_date ?? p.date) : null, at, by })
}

export function setClosed(db: Db, id: string, closedDate: string, note: string, at: string, by: string): void {
  db.prepare("UPDATE tasks SET status = 'closed', closed_date = ?, closed_by = ?, close_note = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(closedDate, by, note, at, by, id)
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'tasks', id, reason, at, by)
