import { daysBetween } from '../dates'
import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import type { Commitment, InterviewKind } from './schema'
import { markVoided as voidRow } from '../db/void'

interface CommitmentRow {
  id: string
  interview_id: string
  seq: number
  content: string
  deadline: string
  closed_date: string | null
  closed_by: string | null
  close_note: string
  voided_at: string | null
  void_reason: string | null
}

function toCommitment(r: CommitmentRow, today: string): Commitment {
  const open = r.closed_date === null && r.voided_at === null
  const days = open && today > r.deadline ? daysBetween(r.deadline, today) : 0
  return {
    id: r.id,
    interviewId: r.interview_id,
    seq: r.seq,
    content: r.content,
    deadline: r.deadline,
    status: r.voided_at !== null ? 'voided' : r.closed_date !== null ? 'closed' : 'open',
    closedDate: r.closed_date,
    closedBy: r.closed_by,
    closeNote: r.close_note,
    voidReason: r.void_reason,
    overdue: days > 0,
    overdueDays: days,
  }
}

/** An interview's commitments in the order made, voided ones included. */
export function listFor(db: Db, interviewId: string, today: string): Commitment[] {
  const rows = stmt(db, 'SELECT * FROM interview_commitments WHERE interview_id = ? ORDER BY seq').all(interviewId) as CommitmentRow[]
  return rows.map((r) => toCommitment(r, today))
}

export function get(db: Db, id: string, today: string): Commitment | undefined {
  const r = stmt(db, 'SELECT * FROM interview_commitments WHERE id = ?').get(id) as CommitmentRow | undefined
  return r && toCommitment(r, today)
}

export function insert(db: Db, c: { id: string; interviewId: string; content: string; deadline: string }, at: string, by: string): void {
  const seq = stmt(db, 'SELECT coalesce(max(seq), 0) + 1 FROM interview_commitments WHERE interview_id = ?').pluck().get(c.interviewId) as number
  stmt(
    db,
    `INSERT INTO interview_commitments (id, interview_id, seq, content, deadline, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.id, c.interviewId, seq, c.content, c.deadline, at, by, at, by)
}

export function edit(db: Db, id: string, content: string, deadline: string, at: string, by: string): void {
  stmt(db, 'UPDATE interview_commitments SET content = ?, deadline = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(content, deadline, at, by, id)
}

export function close(db: Db, id: string, date: string, note: string, at: string, by: string): void {
  stmt(db, 'UPDATE interview_commitments SET closed_date = ?, closed_by = ?, close_note = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    date,
    by,
    note,
    at,
    by,
    id,
  )
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'interview_commitments', id, reason, at, by)

export interface OverdueCommitmentRow {
  id: string
  interview_id: string
  kind: InterviewKind
  interviewees: string
  org_name: string
  subject_name: string | null
  area_name: string | null
  content: string
  deadline: string
}

/** Open commitments of live interviews past their deadline, the longest overdue first. */
export function overdue(db: Db, today: string, limit: number): { total: number; rows: OverdueCommitmentRow[] } {
  const from = `FROM interview_commitments m JOIN interviews i ON i.id = m.interview_id
    WHERE m.closed_date IS NULL AND m.voided_at IS NULL AND m.deadline < ? AND i.status <> 'voided'`
  const total = stmt(db, `SELECT count(*) ${from}`).pluck().get(today) as number
  const rows = stmt(
    db,
    `SELECT m.id, m.interview_id, i.kind, i.interviewees, i.org_name, m.content, m.deadline,
       (SELECT name FROM subjects WHERE id = i.subject_id) AS subject_name, (SELECT name FROM areas WHERE id = i.area_id) AS area_name
     ${from} ORDER BY m.deadline, m.id LIMIT ?`,
  ).all(today, limit) as OverdueCommitmentRow[]
  return { total, rows }
}
