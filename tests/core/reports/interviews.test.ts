import { describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { testApp } from '../helpers'

/** An interview written straight into the table, in the state the interview pages leave it. */
function interview(app: FiredeskApp, n: number, kind: string, status: string, startedAt: string | null): void {
  const at = '2024-06-01T02:00:00.000Z'
  app.ctx.db
    .prepare(
      `INSERT INTO interviews (id, kind, status, org_name, interviewees, interviewers, planned_at, place, reason, started_at, ended_at,
         voided_at, void_reason, voided_by, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, '长江村', '[]', '王志强', ?, '镇政府三楼会议室', '隐患整改进度滞后', ?, ?, ?, ?, ?, ?, '王志强', ?, '王志强')`,
    )
    .run(`iv-${n}`, kind, status, startedAt ?? '2024-02-01T09:00', startedAt, startedAt === null ? null : startedAt.replace(/T.*/, 'T17:00'),
      status === 'voided' ? at : null, status === 'voided' ? '重复登记' : null, status === 'voided' ? '王志强' : null, at, at)
}

describe('interviews held, by kind', () => {
  it('counts the interviews held on a day of the period, planned and voided ones left out, every kind listed', async () => {
    const app = testApp('2024-06-30T02:00:00.000Z')
    interview(app, 1, 'warning', 'held', '2024-01-01T09:30')
    interview(app, 2, 'work', 'minuted', '2024-03-31T16:00')
    interview(app, 3, 'reminder', 'planned', null)
    interview(app, 4, 'work', 'held', '2024-04-01T09:00')
    interview(app, 5, 'warning', 'voided', '2024-02-10T09:00')
    interview(app, 6, 'supervision', 'held', '2023-12-31T15:00')
    const s = await app.call('reports/summary', { quarter: '2024Q1' })
    expect(s.interviews).toEqual({
      total: 2,
      byKind: [
        { kind: 'warning', name: '警示约谈', count: 1 },
        { kind: 'reminder', name: '提醒约谈', count: 0 },
        { kind: 'supervision', name: '督办约谈', count: 0 },
        { kind: 'work', name: '工作约谈', count: 1 },
      ],
    })
    const sql = s.definitions.find((d) => d.term === '约谈')?.sql ?? ''
    expect(app.ctx.db.prepare(sql).all()).toEqual([
      { kind: 'warning', 'count(*)': 1 },
      { kind: 'work', 'count(*)': 1 },
    ])
  })
})
