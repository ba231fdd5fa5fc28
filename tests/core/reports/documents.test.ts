import { describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { testApp } from '../helpers'

/** A register entry written straight into the table, as the document register leaves one. */
function registerDocument(app: FiredeskApp, n: number, kind: string, issueDate: string, voided = false): void {
  const at = '2024-06-01T02:00:00.000Z'
  app.ctx.db
    .prepare(
      `INSERT INTO documents (id, kind, number, prefix, year, seq, title, issue_date, drafted_by, file_path, sha256, size, data, settings,
         template_sha256, status, voided_at, void_reason, voided_by, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, '柳市消安委办', 2024, ?, '文书', ?, '王志强', ?, ?, 100, '{}', '{}', ?, ?, ?, ?, ?, ?, '王志强', ?, '王志强')`,
    )
    .run(`doc-${n}`, kind, `柳市消安委办〔2024〕${n}号`, n, issueDate, `documents/${n}.docx`, 'b'.repeat(64), 'a'.repeat(64),
      voided ? 'voided' : 'issued', voided ? at : null, voided ? '文号错误' : null, voided ? '王志强' : null, at, at)
}

describe('documents issued, by kind', () => {
  it('counts the register entries dated in the period, voided ones left out, every kind listed', async () => {
    const app = testApp('2024-06-30T02:00:00.000Z')
    app.ctx.db
      .prepare("INSERT INTO document_templates (sha256, kind, custom, bytes, created_at) VALUES (?, 'rectification_notice', 0, x'00', '2024-01-01')")
      .run('a'.repeat(64))
    registerDocument(app, 1, 'rectification_notice', '2024-01-01')
    registerDocument(app, 2, 'rectification_notice', '2024-03-31')
    registerDocument(app, 3, 'warning_letter', '2024-02-10')
    registerDocument(app, 4, 'warning_letter', '2024-02-11', true)
    registerDocument(app, 5, 'circular', '2023-12-31')
    const s = await app.call('reports/summary', { quarter: '2024Q1' })
    expect(s.documents?.total).toBe(3)
    expect(s.documents?.byKind.filter((k) => k.count > 0)).toEqual([
      { kind: 'rectification_notice', name: '消防安全隐患限期整改通知书', count: 2 },
      { kind: 'warning_letter', name: '消防安全警示函', count: 1 },
    ])
    expect(s.documents?.byKind.map((k) => k.kind)).toContain('interview_notice')
    const sql = s.definitions.find((d) => d.term === '发文')?.sql ?? ''
    expect(app.ctx.db.prepare(sql).all()).toEqual([
      { kind: 'rectification_notice', 'count(*)': 2 },
      { kind: 'warning_letter', 'count(*)': 1 },
    ])
  })
})
