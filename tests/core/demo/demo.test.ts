import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { lifecycle } from '../../../electron/core/cases/lifecycle'
import type { CaseAction, CaseStatus } from '../../../electron/core/cases/schema'
import { creditCodeProblem } from '../../../electron/core/subjects/credit-code'
import { phonePattern } from '../../../electron/core/validation'
import { cli } from '../cli/run'
import { errorOf, testApp } from '../helpers'

const TABLES = ['areas', 'subjects', 'inspections', 'cases', 'case_events', 'case_search']
const dump = (app: FiredeskApp) => Object.fromEntries(TABLES.map((t) => [t, app.ctx.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]))

async function demo(seed: number, at = '2024-06-15T02:00:00.000Z') {
  const app = testApp(at)
  const result = await app.call('demo/load', { subjects: 80, cases: 400, seed })
  return { app, result }
}

describe('the demo data set', () => {
  it('is the same for the same seed and day, ids included, and different for another seed', async () => {
    const a = await demo(7)
    const b = await demo(7)
    const c = await demo(8)
    expect(a.result).toMatchObject({ areas: 14, subjects: 80, cases: 400 })
    expect({ ...a.result, ms: 0 }).toEqual({ ...b.result, ms: 0 })
    expect(dump(a.app)).toEqual(dump(b.app))
    expect(dump(c.app).cases).not.toEqual(dump(a.app).cases)
  })

  it('plays every case along the lifecycle, dated up to today', async () => {
    const { app } = await demo(3)
    const cases = app.ctx.db.prepare('SELECT id, status, found_date, deadline, closed_date FROM cases').all() as {
      id: string
      status: CaseStatus
      found_date: string
      deadline: string
      closed_date: string | null
    }[]
    const events = app.ctx.db.prepare('SELECT case_id, action, from_status, to_status, date FROM case_events ORDER BY at, id').all() as {
      case_id: string
      action: string
      from_status: CaseStatus | null
      to_status: CaseStatus
      date: string
    }[]
    for (const c of cases) {
      const mine = events.filter((e) => e.case_id === c.id)
      expect(mine[0]).toMatchObject({ action: 'register', from_status: null, to_status: 'registered', date: c.found_date })
      let status: CaseStatus = 'registered'
      let date = c.found_date
      for (const e of mine.slice(1)) {
        const rule = lifecycle[e.action as CaseAction]
        expect(e.from_status).toBe(status)
        expect(rule.from).toContain(status)
        expect(e.to_status).toBe(rule.to === 'same' ? status : rule.to)
        expect(e.date >= date && e.date <= '2024-06-15').toBe(true)
        status = e.to_status
        date = e.date
      }
      expect(c.status).toBe(status)
      expect(c.closed_date).toBe(status === 'closed' ? date : null)
      expect(c.deadline >= c.found_date).toBe(true)
    }
  })

  it('looks like a township ledger: open, overdue and major hazards, valid codes and phones', async () => {
    const { app } = await demo(5)
    const d = await app.call('dashboard/summary', {})
    expect(d.open.count).toBeGreaterThan(0)
    expect(d.overdue.count).toBeGreaterThan(0)
    const count = (sql: string) => (app.ctx.db.prepare(sql).get() as { n: number }).n
    expect(count('SELECT count(DISTINCT area_id) AS n FROM subjects')).toBe(14)
    expect(count("SELECT count(*) AS n FROM cases WHERE severity = 'major'")).toBeGreaterThan(0)
    expect(count("SELECT count(*) AS n FROM cases WHERE status = 'closed'")).toBeGreaterThan(200)
    expect(count('SELECT count(DISTINCT source) AS n FROM cases')).toBe(7)
    expect(count("SELECT count(DISTINCT substr(found_date, 1, 7)) AS n FROM cases")).toBeGreaterThan(18)
    const subjects = app.ctx.db.prepare('SELECT name, credit_code, responsible_phone, address FROM subjects').all() as {
      name: string
      credit_code: string | null
      responsible_phone: string
      address: string
    }[]
    const codes = subjects.flatMap((s) => (s.credit_code ? [s.credit_code] : []))
    expect(codes.length).toBeGreaterThan(10)
    expect(codes.filter((c) => creditCodeProblem(c) !== null)).toEqual([])
    expect(subjects.every((s) => phonePattern.test(s.responsible_phone) && s.address.startsWith('柳市镇'))).toBe(true)
    expect(new Set(subjects.map((s) => s.name)).size).toBe(subjects.length)
    for (const tile of [d.open, d.overdue, d.dueWithin7, d.awaitingRecheck, d.openMajor]) {
      expect((await app.call('cases/list', tile.filter)).total).toBe(tile.count)
    }
  })

  it('loads only into an empty ledger', async () => {
    const { app } = await demo(1)
    expect(await errorOf(app, 'demo/load', {})).toEqual({ code: 'ILLEGAL_STATE', message: '数据库中已有监管对象或隐患，示例数据只能载入到空数据库' })
    expect(await errorOf(app, 'demo/load', { subjects: 0 })).toMatchObject({ field: 'subjects', message: '监管对象数量至少为1' })
  })

  it('is what `firedesk demo` loads into a data folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firedesk-demo-'))
    try {
      const r = await cli('--data', dir, 'demo', '--subjects', '30', '--cases=120', '--seed', '4')
      expect(r.err).toBe('')
      expect(r.code).toBe(0)
      expect(r.out).toMatch(/^已载入示例数据：14 个村\(社区\)、30 个监管对象、\d+ 条检查记录、120 条隐患、\d+ 条处理记录/)
      const again = await cli('--data', dir, 'demo')
      expect(again).toMatchObject({ code: 1, err: '数据库中已有监管对象或隐患，示例数据只能载入到空数据库' })
      expect(await cli('--data', dir, 'demo', '--cases', 'many')).toMatchObject({ code: 1 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
