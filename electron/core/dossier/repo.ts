import { CASE_COLUMNS, CASE_JOINS, type CaseRow } from '../cases/repo'
import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import type { RiskColor } from '../subjects/schema'
import type { ColorChange, DossierDocument, DossierInterview, DossierSupervision } from './schema'

/** The unit's cases, newest first (found date, then number). */
export function casesOf(db: Db, subjectId: string): CaseRow[] {
  return stmt(db, `SELECT ${CASE_COLUMNS} FROM cases c ${CASE_JOINS} WHERE c.subject_id = ? ORDER BY c.found_date DESC, c.year DESC, c.seq DESC`).all(subjectId) as CaseRow[]
}

export function colorsOf(db: Db, subjectId: string): ColorChange[] {
  return stmt(db, 'SELECT from_color AS "from", to_color AS "to", at, by, reason FROM subject_colors WHERE subject_id = ? ORDER BY rid').all(subjectId) as ColorChange[]
}

/** Only the colour: the trigger on subjects records the change in subject_colors. */
export function setColor(db: Db, subjectId: string, color: RiskColor, at: string, by: string): void {
  stmt(db, 'UPDATE subjects SET risk_color = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(color, at, by, subjectId)
}

/** Documents addressed to the unit, about one of its cases, or naming one of its cases (警示函, 函告, 通报). */
export function documentsOf(db: Db, subjectId: string): DossierDocument[] {
  return stmt(
    db,
    `SELECT d.id, d.kind, d.number, d.title, d.issue_date AS issueDate, d.case_id AS caseId, d.status FROM documents d
     WHERE d.id IN (
       SELECT id FROM documents WHERE subject_id = @s
       UNION SELECT d2.id FROM documents d2 JOIN cases c ON c.id = d2.case_id WHERE c.subject_id = @s
       UNION SELECT e.document_id FROM escalation_steps e JOIN cases c ON c.id = e.case_id WHERE c.subject_id = @s)
     ORDER BY d.issue_date DESC, d.created_at DESC`,
  ).all({ s: subjectId }) as DossierDocument[]
}

export function interviewsOf(db: Db, subjectId: string): DossierInterview[] {
  return stmt(
    db,
    `SELECT i.id, i.kind, i.status, i.planned_at AS plannedAt, i.started_at AS startedAt, i.reason FROM interviews i
     WHERE i.id IN (SELECT id FROM interviews WHERE subject_id = @s
       UNION SELECT ic.interview_id FROM interview_cases ic JOIN cases c ON c.id = ic.case_id WHERE c.subject_id = @s)
     ORDER BY i.planned_at DESC`,
  ).all({ s: subjectId }) as DossierInterview[]
}

export function supervisionsOf(db: Db, subjectId: string): DossierSupervision[] {
  return stmt(
    db,
    `SELECT v.id, v.case_id AS caseId, c.number AS caseNumber, v.status, v.start_date AS startDate,
       v.supervision_deadline AS supervisionDeadline, v.lifted_date AS liftedDate
     FROM supervisions v JOIN cases c ON c.id = v.case_id WHERE c.subject_id = ? ORDER BY v.start_date DESC`,
  ).all(subjectId) as DossierSupervision[]
}

export interface UnitEvent {
  caseId: string
  number: string
  date: string
  at: string
  action: string
  note: string
}

/** The timeline steps of all the unit's cases, files left out (the case page lists those). */
export function caseEventsOf(db: Db, subjectId: string): UnitEvent[] {
  return stmt(
    db,
    `SELECT e.case_id AS caseId, c.number, e.date, e.at, e.action, e.note FROM case_events e JOIN cases c ON c.id = e.case_id
     WHERE c.subject_id = ? AND e.action NOT IN ('attach', 'voidAttachment')`,
  ).all(subjectId) as UnitEvent[]
}
