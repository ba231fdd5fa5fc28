import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import { offsetOf } from '../paging'
import { daysLate, nextReportDue } from './rhythm'
import type { ProgressReport, ReportRhythm, Supervision, SupervisionPlan, SupervisionStatus } from './schema'
import { recordStampsOf } from '../stamps/row'
import type { RecordStampColumns } from '../stamps/types'
import { markVoided as voidRow } from '../db/void'

interface SupervisionRow extends RecordStampColumns {
  id: string
  campaign_id: string | null
  case_id: string
  case_number: string
  subject_name: string
  status: SupervisionStatus
  office: string
  lead_department: string
  supporting_departments: string
  responsible_person: string
  responsible_phone: string
  duty: string
  measures: string
  funding: string
  fix_deadline: string
  contingency: string
  start_date: string
  supervision_deadline: string
  report_rhythm: ReportRhythm
  last_report: string | null
  lifted_date: string | null
  lifted_by: string | null
  lift_note: string
}

const SELECT = `SELECT v.*, c.number AS case_number, s.name AS subject_name,
    (SELECT max(date) FROM supervision_reports r WHERE r.supervision_id = v.id) AS last_report
  FROM supervisions v JOIN cases c ON c.id = v.case_id JOIN subjects s ON s.id = c.subject_id`

function toSupervision(r: SupervisionRow, today: string): Supervision {
  const due = r.status === 'active' ? nextReportDue(r.report_rhythm, r.last_report ?? r.start_date) : null
  return {
    id: r.id,
    caseId: r.case_id,
    campaignId: r.campaign_id,
    caseNumber: r.case_number,
    subjectName: r.subject_name,
    status: r.status,
    office: r.office,
    leadDepartment: r.lead_department,
    supportingDepartments: JSON.parse(r.supporting_departments) as string[],
    responsiblePerson: r.responsible_person,
    responsiblePhone: r.responsible_phone,
    duty: r.duty,
    measures: r.measures,
    funding: r.funding,
    fixDeadline: r.fix_deadline,
    contingency: r.contingency,
    startDate: r.start_date,
    supervisionDeadline: r.supervision_deadline,
    reportRhythm: r.report_rhythm,
    lastReport: r.last_report,
    nextReportDue: due,
    reportOverdueDays: due === null ? 0 : daysLate(due, today),
    liftedDate: r.lifted_date,
    liftedBy: r.lifted_by,
    liftNote: r.lift_note,
    ...recordStampsOf(r),
  }
}

export function get(db: Db, id: string, today: string): Supervision | undefined {
  const r = stmt(db, `${SELECT} WHERE v.id = ?`).get(id) as SupervisionRow | undefined
  return r && toSupervision(r, today)
}

export function activeForCase(db: Db, caseId: string, today: string): Supervision | undefined {
  const r = stmt(db, `${SELECT} WHERE v.case_id = ? AND v.status = 'active'`).get(caseId) as SupervisionRow | undefined
  return r && toSupervision(r, today)
}

export interface ListFilter {
  status: SupervisionStatus | 'live' | 'all'
  caseId?: string | undefined
  campaignId?: string | undefined
  page: number
  pageSize: number
}

export function list(db: Db, f: ListFilter, today: string): { rows: Supervision[]; total: number } {
  const where: string[] = []
  const params: Record<string, string | number> = {}
  if (f.status === 'live') where.push("v.status <> 'voided'")
  else if (f.status !== 'all') {
    where.push('v.status = @status')
    params.status = f.status
  }
  if (f.caseId !== undefined) {
    where.push('v.case_id = @caseId')
    params.caseId = f.caseId
  }
  if (f.campaignId !== undefined) {
    where.push('v.campaign_id = @campaignId')
    params.campaignId = f.campaignId
  }
  const cond = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
  const total = (db.prepare(`SELECT count(*) AS n FROM supervisions v ${cond}`).get(params) as { n: number }).n
  const rows = db
    .prepare(`${SELECT} ${cond} ORDER BY v.status = 'active' DESC, v.supervision_deadline, v.id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.pageSize, offset: offsetOf(f.page, f.pageSize) }) as SupervisionRow[]
  return { rows: rows.map((r) => toSupervision(r, today)), total }
}

/** Every active supervision (there are few), for the dashboard's reports due. */
export function allActive(db: Db, today: string): Supervision[] {
  const rows = stmt(db, `${SELECT} WHERE v.status = 'active' ORDER BY v.start_date, v.id`).all() as SupervisionRow[]
  return rows.map((r) => toSupervision(r, today))
}

export interface SupervisionWrite extends SupervisionPlan {
  caseId: string
}

export function insert(db: Db, id: string, w: SupervisionWrite, at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO supervisions (id, case_id, status, office, lead_department, supporting_departments, responsible_person, responsible_phone,
       duty, measures, funding, fix_deadline, contingency, start_date, supervision_deadline, report_rhythm, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, w.caseId, w.office, w.leadDepartment, JSON.stringify(w.supportingDepartments), w.responsiblePerson, w.responsiblePhone,
    w.duty, w.measures, w.funding, w.fixDeadline, w.contingency, w.startDate, w.supervisionDeadline, w.reportRhythm, at, by, at, by,
  )
}

export function insertReport(db: Db, r: { id: string; supervisionId: string; date: string; progress: string; reportedBy: string }, at: string, by: string): void {
  stmt(db, 'INSERT INTO supervision_reports (id, supervision_id, date, progress, reported_by, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    r.id, r.supervisionId, r.date, r.progress, r.reportedBy, at, by,
  )
  stmt(db, 'UPDATE supervisions SET updated_at = ?, updated_by = ? WHERE id = ?').run(at, by, r.supervisionId)
}

export function reports(db: Db, supervisionId: string): ProgressReport[] {
  return stmt(
    db,
    `SELECT id, date, progress, reported_by AS reportedBy, created_at AS createdAt, created_by AS createdBy
     FROM supervision_reports WHERE supervision_id = ? ORDER BY date, created_at, id`,
  ).all(supervisionId) as ProgressReport[]
}

export function markLifted(db: Db, id: string, date: string, note: string, at: string, by: string): void {
  stmt(db, "UPDATE supervisions SET status = 'lifted', lifted_date = ?, lifted_by = ?, lift_note = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(
    date, by, note, at, by, id,
  )
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'supervisions', id, reason, at, by)
