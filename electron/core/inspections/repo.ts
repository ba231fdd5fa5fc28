import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import { likePattern, offsetOf, type Page } from '../paging'
import type { z } from 'zod'
import type { InspectionRow, inspectionListSchema } from './schema'
import { markVoided as voidRow } from '../db/void'

const HAZARDS = "(SELECT count(*) FROM cases c WHERE c.inspection_id = i.id AND c.status <> 'voided')"
const COLUMNS = `i.id, i.subject_id AS subjectId, i.area_id AS areaId, i.inspected_on AS date, i.source, i.inspectors, i.notes,
  i.campaign_id AS campaignId, i.voided_at AS voidedAt, i.void_reason AS voidReason, i.created_at AS createdAt,
  i.created_by AS createdBy, s.name AS subjectName, a.name AS areaName, s.grid, ${HAZARDS} AS hazardCount`
const FROM = 'FROM inspections i JOIN subjects s ON s.id = i.subject_id JOIN areas a ON a.id = i.area_id'

type Filter = z.output<typeof inspectionListSchema>

function where(f: Filter): { sql: string; params: unknown[] } {
  const parts = ['i.voided_at IS NULL']
  const params: unknown[] = []
  const add = (sql: string, v: unknown) => {
    parts.push(sql)
    params.push(v)
  }
  if (f.subjectId) add('i.subject_id = ?', f.subjectId)
  if (f.areaId) add('i.area_id = ?', f.areaId)
  if (f.kind) add('i.source = ?', f.kind)
  if (f.campaignId) add('i.campaign_id = ?', f.campaignId)
  if (f.from) add('i.inspected_on >= ?', f.from)
  if (f.to) add('i.inspected_on <= ?', f.to)
  if (f.inspectorId) add('EXISTS (SELECT 1 FROM inspection_inspectors ii WHERE ii.inspection_id = i.id AND ii.inspector_id = ?)', f.inspectorId)
  if (f.result) parts.push(`${HAZARDS} ${f.result === 'none' ? '= 0' : '> 0'}`)
  if (f.text !== '') {
    const p = likePattern(f.text)
    parts.push("(s.name LIKE ? ESCAPE '\\' OR i.inspectors LIKE ? ESCAPE '\\' OR i.notes LIKE ? ESCAPE '\\')")
    params.push(p, p, p)
  }
  return { sql: parts.join(' AND '), params }
}

/** Inspections, newest first. */
export function list(db: Db, f: Filter): Omit<Page<InspectionRow>, 'page' | 'pageSize'> {
  const w = where(f)
  const total = (stmt(db, `SELECT count(*) AS n ${FROM} WHERE ${w.sql}`).get(...w.params) as { n: number }).n
  const rows = stmt(db, `SELECT ${COLUMNS} ${FROM} WHERE ${w.sql} ORDER BY i.inspected_on DESC, i.id DESC LIMIT ? OFFSET ?`).all(
    ...w.params,
    f.pageSize,
    offsetOf(f.page, f.pageSize),
  ) as InspectionRow[]
  return { rows, total }
}

export function get(db: Db, id: string): InspectionRow | undefined {
  return stmt(db, `SELECT ${COLUMNS} ${FROM} WHERE i.id = ?`).get(id) as InspectionRow | undefined
}

/** Every inspection of a unit, voided ones too (the dossier strikes them through), newest first. */
export function ofSubject(db: Db, subjectId: string): InspectionRow[] {
  return stmt(db, `SELECT ${COLUMNS} ${FROM} WHERE i.subject_id = ? ORDER BY i.inspected_on DESC, i.id DESC`).all(subjectId) as InspectionRow[]
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'inspections', id, reason, at, by)
