import { beforeAll, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { caseListSchema, openStatuses, type CaseListArgs } from '../../../electron/core/cases/schema'
import { listStatements } from '../../../electron/core/cases/list-repo'
import { testApp } from '../helpers'

/*
 * The query plans behind the benchmark budgets: lists, counts and the dashboard must be answered
 * from indexes (no scan of the cases table), whatever the data.
 */
let app: FiredeskApp
let areaId: string
beforeAll(async () => {
  app = testApp('2024-06-15T02:00:00.000Z')
  await app.call('demo/load', { subjects: 200, cases: 3000, seed: 11 })
  areaId = (await app.call('areas/list', {}))[0]?.id ?? ''
})

const plan = (sql: string, params: unknown[]) =>
  (app.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ')

function plans(args: CaseListArgs) {
  const s = listStatements(app.ctx.db, caseListSchema.parse(args), '2024-06-15')
  return { page: plan(s.page.sql, s.page.params), count: plan(s.count.sql, s.count.params) }
}

const fullScan = /SCAN c( |$)(?!USING)/

describe('query plans of the case list', () => {
  const cases: [string, CaseListArgs, RegExp][] = [
    ['status + area, by deadline', { status: ['rectifying', 'awaiting_recheck'], sort: 'deadline', order: 'asc' }, /cases_area|cases_status/],
    ['overdue, by deadline', { overdue: true, sort: 'deadline', order: 'asc' }, /cases_open|cases_status/],
    ['category + found since', { categoryId: 'cc01', foundFrom: '2024-01-01' }, /cases_category|cases_found/],
    ['kind + severity, by number', { subjectKindId: 'sk06', severity: 'major', sort: 'number' }, /cases_kind|cases_number/],
    ['open, by found date', { status: [...openStatuses] }, /cases_open|cases_found|cases_status/],
    ['a text of three characters', { text: '好运来', status: ['closed'] }, /cases_rid/],
  ]
  for (const [name, args, index] of cases) {
    it(`${name}: from an index, counted from a covering index`, () => {
      const p = plans({ ...args, ...(name.startsWith('status + area') ? { areaId } : {}) })
      expect(p.page).toMatch(index)
      expect(p.page).not.toMatch(fullScan)
      expect(p.count).toMatch(/COVERING INDEX/)
      expect(p.count).not.toMatch(fullScan)
    })
  }

  it('walks the sort order when a text matches a great many cases', () => {
    for (let i = 0; i < 2100; i++) app.ctx.db.prepare("UPDATE cases SET description = description || '（复查）' WHERE rid = ?").run(i + 1)
    const p = plans({ text: '（复查）', sort: 'foundDate' })
    expect(p.page).toMatch(/cases_found/)
    expect(p.count).toMatch(/cases_rid/)
  })

  it('uses the trigram index for three characters and more', () => {
    const r = app.ctx.db.prepare("EXPLAIN QUERY PLAN SELECT rowid FROM cases_fts WHERE cases_fts MATCH '\"灭火器\"'").all() as { detail: string }[]
    expect(r.map((x) => x.detail).join()).toMatch(/VIRTUAL TABLE INDEX \d+:M/)
  })
})
