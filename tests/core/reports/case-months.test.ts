import { describe, expect, it } from 'vitest'
import { addDays, monthEnd, monthStart } from '../../../electron/core/dates'
import type { Db } from '../../../electron/core/db/open'
import { Random } from '../../../electron/core/demo/random'
import { monthTallies } from '../../../electron/core/reports/months'
import { passTallies } from '../../../electron/core/reports/one-pass'
import { dimensions } from '../../../electron/core/reports/schema'
import { testApp } from '../helpers'

/*
 * case_months (migration 0024) is kept by triggers on cases, whatever writes them. After the demo's
 * writes, the app's own steps (销号, 作废 …) and then plain SQL that moves cases between months,
 * groups and being voided — found dates corrected to after the closure, closures undone, cases
 * copied in (and a delete refused, 0029) — it must hold exactly what counting the cases afresh
 * gives, and the figures summed from it must be those the one pass reads from the cases.
 */

interface CaseKeys {
  status: string
  found_date: string
  closed_date: string | null
  area_id: string
  category_id: string
  subject_kind_id: string
  severity: string
}

/** The table as it should be, counted here from the cases: live cases per group, month found and month closed. */
function recount(db: Db): Map<string, number> {
  const want = new Map<string, number>()
  for (const c of db.prepare('SELECT status, found_date, closed_date, area_id, category_id, subject_kind_id, severity FROM cases').all() as CaseKeys[]) {
    if (c.status === 'voided') continue
    const months = `${c.found_date.slice(0, 7)}|${c.closed_date?.slice(0, 7) ?? ''}`
    for (const [dimension, group] of [['area', c.area_id], ['category', c.category_id], ['subjectKind', c.subject_kind_id], ['severity', c.severity]]) {
      const key = `${dimension}|${group}|${months}`
      want.set(key, (want.get(key) ?? 0) + 1)
    }
  }
  return want
}

const stored = (db: Db): Map<string, number> =>
  new Map(
    (db.prepare('SELECT dimension, group_id, found_month, closed_month, n FROM case_months WHERE n <> 0').raw().all() as [string, string, string, string, number][]).map(
      ([d, g, f, c, n]) => [`${d}|${g}|${f}|${c}`, n],
    ),
  )

const day = (rng: Random, from: string, to: string): string => {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
  return addDays(from, rng.int(0, span))
}

/** One write of plain SQL to a random case, of a kind the writers of the app may or may not do. */
function scramble(db: Db, rng: Random, today: string): void {
  const ids = db.prepare('SELECT id FROM cases').pluck().all() as string[]
  const id = rng.pick(ids)
  const c = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseKeys & { deadline: string }
  const pick = (table: string) => rng.pick(db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[])
  const move = rng.int(0, 8)
  if (move === 0) db.prepare('UPDATE cases SET found_date = ? WHERE id = ?').run(day(rng, addDays(c.deadline, -400), c.deadline), id)
  else if (move === 1 && c.status !== 'voided')
    db.prepare("UPDATE cases SET status = 'closed', closed_date = ?, closed_by = 'x' WHERE id = ?").run(day(rng, addDays(today, -500), today), id)
  else if (move === 2 && c.status === 'closed') db.prepare("UPDATE cases SET status = 'rectifying', closed_date = NULL, closed_by = NULL WHERE id = ?").run(id)
  else if (move === 3 && c.status !== 'closed') db.prepare("UPDATE cases SET status = 'voided', voided_at = ?, void_reason = 'x' WHERE id = ?").run(`${today}T08:00:00.000Z`, id)
  else if (move === 4 && c.status === 'voided') db.prepare("UPDATE cases SET status = 'noticed', voided_at = NULL, void_reason = NULL WHERE id = ?").run(id)
  else if (move === 5) db.prepare('UPDATE cases SET area_id = ?, category_id = ? WHERE id = ?').run(pick('areas'), pick('case_categories'), id)
  else if (move === 6) db.prepare("UPDATE cases SET severity = CASE severity WHEN 'major' THEN 'general' ELSE 'major' END WHERE id = ?").run(id)
  // a unit's kind changes: a trigger of 0002 carries it to the unit's cases
  else if (move === 7) db.prepare('UPDATE subjects SET kind_id = ? WHERE id = (SELECT subject_id FROM cases WHERE id = ?)').run(pick('subject_kinds'), id)
  else {
    db.prepare(
      `INSERT OR IGNORE INTO cases (id, year, seq, number, subject_id, area_id, subject_kind_id, found_date, source, category_id, severity, description, deadline,
         status, closed_date, closed_by, voided_at, void_reason, created_at, created_by, updated_at, updated_by)
       SELECT id || '-copy', year, seq + 1000000, number || '-copy', subject_id, area_id, subject_kind_id, found_date, source, category_id, severity, description,
         deadline, status, closed_date, closed_by, voided_at, void_reason, created_at, created_by, updated_at, updated_by FROM cases WHERE id = ?`,
    ).run(id)
    // a case is never deleted: even by plain SQL the file refuses it, and the counts stay
    if (rng.chance(0.5)) expect(() => db.prepare('DELETE FROM cases WHERE id = ?').run(`${id}-copy`)).toThrow(/隐患不能删除/)
  }
}

describe('case_months, the live cases per group and month found and closed', () => {
  it.each([1, 2, 3])('equals a count made afresh after the demo, the app’s steps and 300 plain writes, and sums to the one pass (seed %i)', async (seed) => {
    const today = '2024-06-20'
    const app = testApp(`${today}T02:00:00.000Z`)
    await app.call('demo/load', { subjects: 40, cases: 300, seed })
    const db = app.ctx.db
    expect(stored(db)).toEqual(recount(db))
    const rng = new Random(seed)
    // the app's own steps, each as its rules allow (a refused one changes nothing)
    const open = db.prepare("SELECT id FROM cases WHERE status NOT IN ('closed', 'voided')").pluck().all() as string[]
    const actions = ['startRectify', 'requestRecheck', 'recheckPassed', 'close', 'void'] as const
    const moved = new Set<string>()
    for (let i = 0; i < 400; i++) {
      const action = rng.pick(actions)
      const r = await app.invoke('cases/transition', action === 'void' ? { id: rng.pick(open), action, reason: '录入错误' } : { id: rng.pick(open), action })
      if (r.ok) moved.add(action)
    }
    // the two that move a case in the table: its closure month, and out of it
    expect(moved).toContain('close')
    expect(moved).toContain('void')
    expect(stored(db)).toEqual(recount(db))
    for (let i = 0; i < 300; i++) scramble(db, rng, today)
    const want = recount(db)
    expect(want.size).toBeGreaterThan(50)
    expect(stored(db)).toEqual(want)
    for (let i = 0; i < 6; i++) {
      const from = monthStart(today, -rng.int(1, 15))
      const period = { from, to: monthEnd(monthStart(from, rng.int(0, 11))) }
      expect(monthTallies(db, period, dimensions), `${period.from}–${period.to}`).toEqual(passTallies(db, period, dimensions))
    }
  })

  it('leaves a period that starts or ends inside a month, and a campaign cut, to the pass', () => {
    const app = testApp()
    expect(monthTallies(app.ctx.db, { from: '2024-01-02', to: '2024-03-31' }, dimensions)).toBeNull()
    expect(monthTallies(app.ctx.db, { from: '2024-01-01', to: '2024-03-30' }, dimensions)).toBeNull()
    expect(monthTallies(app.ctx.db, { from: '2024-01-01', to: '2024-03-31', campaignId: 'c1' }, dimensions)).toBeNull()
    expect(monthTallies(app.ctx.db, { from: '2024-01-01', to: '2024-02-29' }, dimensions)).not.toBeNull()
  })
})
