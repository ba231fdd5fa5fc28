import { afterEach, describe, expect, it } from 'vitest'
import { testApp } from '../helpers'

/*
 * Nothing in the ledger is deleted: a record entered by mistake is voided with a reason. Every
 * table of the ledger refuses a DELETE itself, so a hand edit or a bug cannot take a record away.
 * The tables left out are those the app writes over or rebuilds by design.
 */
const NOT_LEDGER = new Set(['settings', 'score_targets', 'app_starts', 'case_months', 'case_search', 'subject_search', 'schema_migrations', 'sqlite_sequence'])

let app = testApp()
afterEach(() => app.close())

const tablesOf = () =>
  (app.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]).filter(
    (t) => !NOT_LEDGER.has(t) && !t.includes('_fts'),
  )

/** One row in `table` by plain SQL, every column filled, its checks and references off, as a hand edit could. */
function putRow(table: string, n: number): void {
  const db = app.ctx.db
  const cols = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; pk: number }[]).filter((c) => !(c.pk === 1 && c.type === 'INTEGER'))
  // a case's search text is made from its unit's name: it points at the unit put in first
  const value = (c: { name: string; type: string }) =>
    c.name === 'subject_id' ? '手工-subjects-id' : /INT|REAL/.test(c.type) ? 900_000 + n : `手工-${table}-${c.name}`
  db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c.name}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map(value))
}

describe('a DELETE on any table of the ledger', () => {
  it('is refused and changes nothing, in Chinese naming the record for the tables that had no guard', () => {
    app = testApp()
    const db = app.ctx.db
    db.pragma('foreign_keys = OFF')
    db.pragma('ignore_check_constraints = ON')
    const tables = tablesOf()
    ;['subjects', ...tables.filter((t) => t !== 'subjects')].forEach(putRow)
    const count = (t: string) => db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number
    const before = tables.map(count)

    const refusals = tables.map((t) => {
      try {
        db.prepare(`DELETE FROM "${t}"`).run()
        return [t, '删除成功']
      } catch (e) {
        return [t, (e as Error).message]
      }
    })
    expect(refusals.filter(([, m]) => m === '删除成功').map(([t]) => t)).toEqual([])
    expect(tables.map(count)).toEqual(before)
    expect(Object.fromEntries(refusals.filter(([t]) => ['subjects', 'cases', 'attachments', 'interviews', 'campaigns', 'task_units', 'task_progress'].includes(t!)))).toEqual({
      attachments: '照片和附件不能删除：台账记录只作废并写明原因，不删除',
      campaigns: '专项行动不能删除：台账记录只作废并写明原因，不删除',
      cases: '隐患不能删除：台账记录只作废并写明原因，不删除',
      interviews: '约谈不能删除：台账记录只作废并写明原因，不删除',
      subjects: '监管对象不能删除：台账记录只作废并写明原因，不删除',
      task_progress: '任务进展不能删除：台账记录只作废并写明原因，不删除',
      task_units: '任务的责任单位不能删除：台账记录只作废并写明原因，不删除',
    })
  })
})
