import * as cases from '../cases/repo'
import { stmt } from '../cases/sql'
import type { Case } from '../cases/schema'
import type { Ctx } from '../context'
import { kindOf } from '../documents/kinds'
import { AppError, notFound } from '../errors'
import type { LinkedCase, LinkedDocument } from './schema'

/*
 * What interviews, supervisions and letters refer to: cases that must exist and be live, and the
 * documents the register holds for them.
 */

/** A case a step may concern: it exists and is not voided. `field` names the input at fault. */
export function liveCase(ctx: Ctx, id: string, field: string): Case {
  const c = cases.get(ctx.db, id, ctx.clock.today())
  if (!c) throw notFound('隐患', field)
  if (c.status === 'voided') throw new AppError('ILLEGAL_STATE', `隐患 ${c.number} 已作废，不能再升级处理`, field)
  return c
}

export function linkedCase(c: Case): LinkedCase {
  return {
    id: c.id,
    number: c.number,
    subjectName: c.subjectName,
    description: c.description,
    severity: c.severity,
    status: c.status,
    deadline: c.deadline,
    overdueDays: c.overdueDays,
  }
}

export function casesByIds(ctx: Ctx, ids: readonly string[]): LinkedCase[] {
  const today = ctx.clock.today()
  return ids.flatMap((id) => {
    const c = cases.get(ctx.db, id, today)
    return c ? [linkedCase(c)] : []
  })
}

interface DocRow {
  id: string
  kind: string
  number: string | null
  title: string
  issue_date: string
  status: 'issued' | 'voided'
}

/** The documents issued for an interview or a supervision, in the order issued. */
export function documentsOf(ctx: Ctx, column: 'interview_id' | 'supervision_id', id: string): LinkedDocument[] {
  const rows = stmt(ctx.db, `SELECT id, kind, number, title, issue_date, status FROM documents WHERE ${column} = ? ORDER BY created_at, id`).all(id) as DocRow[]
  return rows.map((r) => ({ id: r.id, kind: r.kind, kindName: kindOf(r.kind).name, number: r.number, title: r.title, issueDate: r.issue_date, status: r.status }))
}

/** The note a timeline entry gives a document: its kind and 文号. */
export const documentNote = (kindName: string, number: string | null): string => (number === null ? kindName : `${kindName} ${number}`)
