import { overdueNowSql } from '../cases/overdue'
import { stmt } from '../cases/sql'
import type { CaseSeverity, CaseStatus } from '../cases/schema'
import type { Db } from '../db/open'
import type { LadderStep, Rung } from './schema'

/** Steps taken on one day are listed in the order of the ladder. */
const LADDER_ORDER = "CASE rung WHEN 'warning' THEN 1 WHEN 'letter' THEN 2 WHEN 'interview' THEN 3 WHEN 'supervision' THEN 4 ELSE 5 END"

/*
 * The steps cases have taken, from the records that took them: issued letters and circulars (by
 * the document's own case, or by escalation_steps for every case it named), interviews that are
 * not voided (dated the day held, else the day planned), and supervisions that are not voided. A
 * voided document or interview takes its step back, so the ladder proposes it again.
 */
const STEPS = `
  SELECT es.case_id, es.rung, es.date, d.id AS document_id, d.number AS document_number, NULL AS interview_id, NULL AS supervision_id, 0 AS active
    FROM escalation_steps es JOIN documents d ON d.id = es.document_id AND d.status = 'issued'
  UNION
  SELECT d.case_id, CASE d.kind WHEN 'warning_letter' THEN 'warning' WHEN 'notice_letter' THEN 'letter' ELSE 'circular' END, d.issue_date, d.id, d.number, NULL, NULL, 0
    FROM documents d WHERE d.case_id IS NOT NULL AND d.status = 'issued' AND d.kind IN ('warning_letter', 'notice_letter', 'circular')
  UNION ALL
  SELECT ic.case_id, 'interview', substr(coalesce(i.started_at, i.planned_at), 1, 10), NULL, NULL, i.id, NULL, 0
    FROM interview_cases ic JOIN interviews i ON i.id = ic.interview_id WHERE i.status <> 'voided'
  UNION ALL
  SELECT v.case_id, 'supervision', v.start_date, NULL, NULL, NULL, v.id, v.status = 'active'
    FROM supervisions v WHERE v.status <> 'voided'`

interface StepRow {
  case_id: string
  rung: Rung
  date: string
  document_id: string | null
  document_number: string | null
  interview_id: string | null
  supervision_id: string | null
  active: number
}

const toStep = (r: StepRow): LadderStep => ({
  rung: r.rung,
  date: r.date,
  documentId: r.document_id,
  documentNumber: r.document_number,
  interviewId: r.interview_id,
  supervisionId: r.supervision_id,
  active: r.active === 1,
})

/** One case's steps, oldest first (on one day, in the order of the ladder). */
export function stepsOf(db: Db, caseId: string): LadderStep[] {
  const rows = stmt(db, `SELECT * FROM (${STEPS}) WHERE case_id = ? ORDER BY date, ${LADDER_ORDER}`).all(caseId) as StepRow[]
  return rows.map(toStep)
}

/** The steps of every case that has taken one, by case. */
export function allSteps(db: Db): Map<string, LadderStep[]> {
  const out = new Map<string, LadderStep[]>()
  for (const r of stmt(db, STEPS).all() as StepRow[]) {
    const list = out.get(r.case_id)
    if (list) list.push(toStep(r))
    else out.set(r.case_id, [toStep(r)])
  }
  return out
}

export interface OverdueCaseRow {
  id: string
  number: string
  subject_id: string
  subject_name: string
  area_id: string
  area_name: string
  severity: CaseSeverity
  status: CaseStatus
  deadline: string
}

/** Overdue cases (see cases/overdue, read from the partial index of open cases), the most overdue first. */
export function overdueCases(db: Db, today: string, f: { caseId?: string | undefined; areaId?: string | undefined }): OverdueCaseRow[] {
  const where = [overdueNowSql('@today')]
  if (f.caseId !== undefined) where.push('c.id = @caseId')
  if (f.areaId !== undefined) where.push('c.area_id = @areaId')
  return stmt(
    db,
    `SELECT c.id, c.number, c.subject_id, s.name AS subject_name, c.area_id, a.name AS area_name, c.severity, c.status, c.deadline
     FROM cases c JOIN subjects s ON s.id = c.subject_id JOIN areas a ON a.id = c.area_id
     WHERE ${where.join(' AND ')} ORDER BY c.deadline, c.number`,
  ).all({ today, caseId: f.caseId, areaId: f.areaId }) as OverdueCaseRow[]
}

/** Records that an issued document named a case (a 函告 or 通报 may name many). */
export function insertStep(db: Db, s: { documentId: string; caseId: string; rung: 'warning' | 'letter' | 'circular'; date: string }, at: string, by: string): void {
  stmt(db, 'INSERT OR IGNORE INTO escalation_steps (document_id, case_id, rung, date, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(
    s.documentId,
    s.caseId,
    s.rung,
    s.date,
    at,
    by,
  )
}
