import { overdueDays } from '../cases/overdue'
import type { CaseSeverity, CaseStatus } from '../cases/schema'
import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import type { RiskColor } from '../subjects/schema'
import type { RidQuery } from './fts'
import type { CaseHit, SearchGroup, SubjectHit } from './schema'

/**
 * One pass over the matches, newest first (rids follow insertion), stopping after the count cap:
 * a common word costs no more than a rare one. Only the rows shown are then joined for names.
 */
function newestRids(db: Db, q: RidQuery): { rids: number[]; total: number; atLeast: boolean } {
  const rows = stmt(db, `SELECT rid FROM (${q.sql}) ORDER BY rid DESC LIMIT ?`).all(...q.params, q.countCap + 1) as { rid: number }[]
  return { rids: rows.map((r) => r.rid), total: Math.min(rows.length, q.countCap), atLeast: rows.length > q.countCap }
}

interface SubjectHitRow {
  rid: number
  id: string
  name: string
  address: string
  kind_name: string
  area_name: string
  responsible_name: string
  risk_color: RiskColor
  voided_at: string | null
}

export function searchSubjects(db: Db, q: RidQuery, limit: number): SearchGroup<SubjectHit> {
  const { rids, total, atLeast } = newestRids(db, q)
  const rows = stmt(
    db,
    `SELECT ss.rid, s.id, s.name, s.address, k.name AS kind_name, a.name AS area_name, s.responsible_name, s.risk_color, s.voided_at
     FROM subject_search ss JOIN subjects s ON s.id = ss.subject_id
     JOIN subject_kinds k ON k.id = s.kind_id JOIN areas a ON a.id = s.area_id
     WHERE ss.rid IN (SELECT value FROM json_each(?))
     ORDER BY s.voided_at IS NOT NULL, ss.rid DESC`,
  ).all(JSON.stringify(rids.slice(0, limit))) as SubjectHitRow[]
  return {
    total,
    atLeast,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      address: r.address,
      kindName: r.kind_name,
      areaName: r.area_name,
      responsibleName: r.responsible_name,
      riskColor: r.risk_color,
      voided: r.voided_at !== null,
    })),
  }
}

interface CaseHitRow {
  id: string
  number: string
  subject_name: string
  area_name: string
  description: string
  status: CaseStatus
  severity: CaseSeverity
  deadline: string
}

export function searchCases(db: Db, q: RidQuery, limit: number, today: string): SearchGroup<CaseHit> {
  const { rids, total, atLeast } = newestRids(db, q)
  const rows = stmt(
    db,
    `SELECT c.id, c.number, s.name AS subject_name, a.name AS area_name, c.description, c.status, c.severity, c.deadline
     FROM cases c JOIN subjects s ON s.id = c.subject_id JOIN areas a ON a.id = c.area_id
     WHERE c.rid IN (SELECT value FROM json_each(?)) ORDER BY c.rid DESC`,
  ).all(JSON.stringify(rids.slice(0, limit))) as CaseHitRow[]
  return {
    total,
    atLeast,
    rows: rows.map((r) => ({
      id: r.id,
      number: r.number,
      subjectName: r.subject_name,
      areaName: r.area_name,
      description: r.description,
      status: r.status,
      severity: r.severity,
      deadline: r.deadline,
      overdue: overdueDays(r.status, r.deadline, today) > 0,
    })),
  }
}
