import type { Db } from '../db/open'
import type { Case, CaseSeverity, CaseSource, CaseStatus, Inspection } from './schema'
import { overdueDays } from './overdue'
import { stmt } from './sql'
import { recordStampsOf } from '../stamps/row'
import type { RecordStampColumns } from '../stamps/types'

export interface CaseRow extends RecordStampColumns {
  id: string
  number: string
  subject_id: string
  subject_name: string
  subject_kind_id: string
  subject_kind_name: string
  area_id: string
  area_name: string
  inspection_id: string | null
  campaign_id: string | null
  found_date: string
  source: CaseSource
  category_id: string
  category_name: string
  severity: CaseSeverity
  description: string
  legal_basis: string
  requirement: string
  deadline: string
  inspectors: string
  location: string
  responsible_person: string
  interim_measures: string
  remarks: string
  status: CaseStatus
  escalated: number
  closed_date: string | null
  closed_by: string | null
}

/** The columns of a case with the names of what it refers to; FROM `cases c` plus its joins. */
export const CASE_COLUMNS = `c.id, c.number, c.subject_id, s.name AS subject_name, c.subject_kind_id,
  k.name AS subject_kind_name, c.area_id, a.name AS area_name, c.inspection_id, c.campaign_id, c.found_date, c.source, c.category_id,
  cc.name AS category_name, c.severity, c.description, c.legal_basis, c.requirement, c.deadline, c.inspectors, c.location, c.responsible_person, c.interim_measures, c.remarks, c.status,
  c.escalated, c.closed_date, c.closed_by, c.voided_at, c.void_reason, c.voided_by, c.created_at, c.created_by,
  c.updated_at, c.updated_by`
export const CASE_JOINS = `JOIN subjects s ON s.id = c.subject_id JOIN subject_kinds k ON k.id = c.subject_kind_id
  JOIN areas a ON a.id = c.area_id JOIN case_categories cc ON cc.id = c.category_id`

export function toCase(r: CaseRow, today: string): Case {
  const days = overdueDays(r.status, r.deadline, today)
  return {
    id: r.id,
    number: r.number,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    subjectKindId: r.subject_kind_id,
    subjectKindName: r.subject_kind_name,
    areaId: r.area_id,
    areaName: r.area_name,
    inspectionId: r.inspection_id,
    campaignId: r.campaign_id,
    foundDate: r.found_date,
    source: r.source,
    categoryId: r.category_id,
    categoryName: r.category_name,
    severity: r.severity,
    description: r.description,
    legalBasis: r.legal_basis,
    requirement: r.requirement,
    deadline: r.deadline,
    inspectors: r.inspectors,
    location: r.location,
    responsiblePerson: r.responsible_person,
    interimMeasures: r.interim_measures,
    remarks: r.remarks,
    status: r.status,
    escalated: r.escalated === 1,
    closedDate: r.closed_date,
    closedBy: r.closed_by,
    ...recordStampsOf(r),
    overdue: days > 0,
    overdueDays: days,
  }
}

export function get(db: Db, id: string, today: string): Case | undefined {
  const r = stmt(db, `SELECT ${CASE_COLUMNS} FROM cases c ${CASE_JOINS} WHERE c.id = ?`).get(id) as CaseRow | undefined
  return r && toCase(r, today)
}

/** The next 序号 of a year: numbers are given in order of registration and never reused. */
export function nextSeq(db: Db, year: number): number {
  return (stmt(db, 'SELECT coalesce(max(seq), 0) + 1 AS n FROM cases WHERE year = ?').get(year) as { n: number }).n
}

export const caseNumber = (year: number, seq: number): string => `${year}-${String(seq).padStart(4, '0')}`

/** A case row as written: the stored columns, without the names joined in and what is computed from today. */
type HazardDetails = 'location' | 'responsiblePerson' | 'interimMeasures' | 'remarks'
export type CaseInsert = Omit<Case, 'number' | 'subjectName' | 'subjectKindName' | 'areaName' | 'categoryName' | 'overdue' | 'overdueDays' | 'campaignId' | HazardDetails> &
  Partial<Pick<Case, HazardDetails | 'campaignId'>> & {
    year: number
    seq: number
  }

/** Writes a case as given; also used by the demo generator to write cases that already have a history. */
export function insert(db: Db, c: CaseInsert): void {
  stmt(
    db,
    `INSERT INTO cases (id, year, seq, number, subject_id, area_id, subject_kind_id, inspection_id, found_date, source, category_id, severity,
       description, legal_basis, requirement, deadline, inspectors, location, responsible_person, interim_measures, remarks, status, escalated,
       closed_date, closed_by, voided_at, void_reason, voided_by, created_at, created_by, updated_at, updated_by, campaign_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.id,
    c.year,
    c.seq,
    caseNumber(c.year, c.seq),
    c.subjectId,
    c.areaId,
    c.subjectKindId,
    c.inspectionId,
    c.foundDate,
    c.source,
    c.categoryId,
    c.severity,
    c.description,
    c.legalBasis,
    c.requirement,
    c.deadline,
    c.inspectors,
    c.location ?? '',
    c.responsiblePerson ?? '',
    c.interimMeasures ?? '',
    c.remarks ?? '',
    c.status,
    c.escalated ? 1 : 0,
    c.closedDate,
    c.closedBy,
    c.voidedAt,
    c.voidReason,
    c.voidedBy,
    c.createdAt,
    c.createdBy,
    c.updatedAt,
    c.updatedBy,
    c.campaignId ?? null,
  )
}

export interface CaseStateWrite {
  status: CaseStatus
  deadline: string
  escalated: boolean
  closedDate: string | null
  closedBy: string | null
  voidedAt: string | null
  voidReason: string | null
  voidedBy: string | null
}

export function updateState(db: Db, id: string, w: CaseStateWrite, at: string, by: string): void {
  stmt(
    db,
    `UPDATE cases SET status = ?, deadline = ?, escalated = ?, closed_date = ?, closed_by = ?, voided_at = ?, void_reason = ?,
       voided_by = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(w.status, w.deadline, w.escalated ? 1 : 0, w.closedDate, w.closedBy, w.voidedAt, w.voidReason, w.voidedBy, at, by, id)
}

/** The hazard's own words, as corrected after registration (cases/update). */
export interface HazardWrite {
  description: string
  location: string
  categoryId: string
  severity: CaseSeverity
  legalBasis: string
  requirement: string
  inspectors: string
  responsiblePerson: string
  interimMeasures: string
  remarks: string
}

export function updateHazard(db: Db, id: string, w: HazardWrite, at: string, by: string): void {
  stmt(
    db,
    `UPDATE cases SET description = ?, location = ?, category_id = ?, severity = ?, legal_basis = ?, requirement = ?, inspectors = ?,
       responsible_person = ?, interim_measures = ?, remarks = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(w.description, w.location, w.categoryId, w.severity, w.legalBasis, w.requirement, w.inspectors, w.responsiblePerson, w.interimMeasures, w.remarks, at, by, id)
}

/** Marks a case as changed (a file attached) without touching its state. */
export function touch(db: Db, id: string, at: string, by: string): void {
  stmt(db, 'UPDATE cases SET updated_at = ?, updated_by = ? WHERE id = ?').run(at, by, id)
}

export interface InspectionInsert extends Pick<Inspection, 'id' | 'subjectId' | 'areaId' | 'date' | 'source' | 'inspectors' | 'notes'> {
  campaignId?: string | undefined
  at: string
  by: string
}

export function insertInspection(db: Db, i: InspectionInsert): void {
  stmt(
    db,
    `INSERT INTO inspections (id, subject_id, area_id, inspected_on, source, inspectors, notes, campaign_id, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(i.id, i.subjectId, i.areaId, i.date, i.source, i.inspectors, i.notes, i.campaignId ?? null, i.at, i.by, i.at, i.by)
}

/** The columns of an inspection as an Inspection, FROM `inspections`. */
export const INSPECTION_COLUMNS = `id, subject_id AS subjectId, area_id AS areaId, inspected_on AS date, source, inspectors, notes,
  campaign_id AS campaignId, voided_at AS voidedAt, void_reason AS voidReason, created_at AS createdAt, created_by AS createdBy`

export function getInspection(db: Db, id: string): Inspection | undefined {
  return stmt(db, `SELECT ${INSPECTION_COLUMNS} FROM inspections WHERE id = ?`).get(id) as Inspection | undefined
}
