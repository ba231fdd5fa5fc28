import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import { likePattern, offsetOf } from '../paging'
import type { Exchange, Interview, InterviewKind, Interviewee, InterviewStatus } from './schema'
import { recordStampsOf } from '../stamps/row'
import type { RecordStampColumns } from '../stamps/types'
import { markVoided as voidRow } from '../db/void'

interface InterviewRow extends RecordStampColumns {
  id: string
  campaign_id: string | null
  kind: InterviewKind
  status: InterviewStatus
  subject_id: string | null
  subject_name: string | null
  area_id: string | null
  area_name: string | null
  org_name: string
  interviewees: string
  interviewers: string
  recorder: string
  planned_at: string
  place: string
  reason: string
  bring: string
  started_at: string | null
  ended_at: string | null
  attendees: string
  exchanges: string
  case_ids: string
  open_commitments: number
  overdue_commitments: number
}

/** An interview whose 约谈笔录 was voided in the register is 'held' again: its minutes can be corrected and issued anew. */
const STATUS = `CASE WHEN i.status = 'minuted' AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.interview_id = i.id AND d.kind = 'interview_minutes' AND d.status = 'issued')
  THEN 'held' ELSE i.status END`

/** An interview with the names it refers to, its cases in the order linked, and its open commitments counted against @today. */
const SELECT = `SELECT i.*, ${STATUS} AS status, s.name AS subject_name, a.name AS area_name,
    (SELECT json_group_array(case_id) FROM (SELECT case_id FROM interview_cases WHERE interview_id = i.id ORDER BY rowid)) AS case_ids,
    (SELECT count(*) FROM interview_commitments m WHERE m.interview_id = i.id AND m.closed_date IS NULL AND m.voided_at IS NULL) AS open_commitments,
    (SELECT count(*) FROM interview_commitments m WHERE m.interview_id = i.id AND m.closed_date IS NULL AND m.voided_at IS NULL AND m.deadline < @today) AS overdue_commitments
  FROM interviews i LEFT JOIN subjects s ON s.id = i.subject_id LEFT JOIN areas a ON a.id = i.area_id`

function toInterview(r: InterviewRow): Interview {
  const interviewees = JSON.parse(r.interviewees) as Interviewee[]
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    areaId: r.area_id,
    areaName: r.area_name,
    orgName: r.org_name,
    campaignId: r.campaign_id,
    target: r.subject_name ?? r.area_name ?? (r.org_name || (interviewees[0]?.unit ?? '')),
    interviewees,
    interviewers: r.interviewers,
    recorder: r.recorder,
    plannedAt: r.planned_at,
    place: r.place,
    reason: r.reason,
    bring: r.bring,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    attendees: r.attendees,
    exchanges: JSON.parse(r.exchanges) as Exchange[],
    caseIds: JSON.parse(r.case_ids) as string[],
    openCommitments: r.open_commitments,
    overdueCommitments: r.overdue_commitments,
    ...recordStampsOf(r),
  }
}

export function get(db: Db, id: string, today: string): Interview | undefined {
  const r = stmt(db, `${SELECT} WHERE i.id = @id`).get({ today, id }) as InterviewRow | undefined
  return r && toInterview(r)
}

export interface ListFilter {
  status: InterviewStatus | 'live' | 'all'
  kind?: InterviewKind | undefined
  caseId?: string | undefined
  campaignId?: string | undefined
  text: string
  page: number
  pageSize: number
}

export function list(db: Db, f: ListFilter, today: string): { rows: Interview[]; total: number } {
  const where: string[] = []
  const params: Record<string, string | number> = { today }
  if (f.status === 'live') where.push("i.status <> 'voided'")
  else if (f.status !== 'all') {
    where.push(`${STATUS} = @status`)
    params.status = f.status
  }
  if (f.kind !== undefined) {
    where.push('i.kind = @kind')
    params.kind = f.kind
  }
  if (f.caseId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM interview_cases ic WHERE ic.interview_id = i.id AND ic.case_id = @caseId)')
    params.caseId = f.caseId
  }
  if (f.campaignId !== undefined) {
    where.push('i.campaign_id = @campaignId')
    params.campaignId = f.campaignId
  }
  if (f.text !== '') {
    where.push(
    `(i.interviewees LIKE @text ESCAPE '\\' OR i.org_name LIKE @text ESCAPE '\\' OR i.reason LIKE @text ESCAPE '\\'
      OR i.interviewers LIKE @text ESCAPE '\\' OR s.name LIKE @text ESCAPE '\\' OR a.name LIKE @text ESCAPE '\\')`,
    )
    params.text = likePattern(f.text)
  }
  const cond = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
  const from = 'FROM interviews i LEFT JOIN subjects s ON s.id = i.subject_id LEFT JOIN areas a ON a.id = i.area_id'
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${cond}`).get(params) as { n: number }).n
  const sql = `${SELECT} ${cond} ORDER BY i.planned_at DESC, i.id DESC LIMIT @limit OFFSET @offset`
  const rows = db.prepare(sql).all({ ...params, limit: f.pageSize, offset: offsetOf(f.page, f.pageSize) }) as InterviewRow[]
  return { rows: rows.map(toInterview), total }
}

export type InterviewWrite = Pick<
  Interview,
  'kind' | 'subjectId' | 'areaId' | 'orgName' | 'interviewees' | 'interviewers' | 'recorder' | 'plannedAt' | 'place' | 'reason' | 'bring'
>

export function insert(db: Db, id: string, w: InterviewWrite, at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO interviews (id, kind, status, subject_id, area_id, org_name, interviewees, interviewers, recorder, planned_at, place,
       reason, bring, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, 'planned', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, w.kind, w.subjectId, w.areaId, w.orgName, JSON.stringify(w.interviewees), w.interviewers, w.recorder, w.plannedAt, w.place, w.reason, w.bring, at, by, at, by)
}

export function linkCase(db: Db, interviewId: string, caseId: string): void {
  stmt(db, 'INSERT OR IGNORE INTO interview_cases (interview_id, case_id) VALUES (?, ?)').run(interviewId, caseId)
}

export function update(db: Db, id: string, w: InterviewWrite, at: string, by: string): void {
  stmt(
    db,
    `UPDATE interviews SET kind = ?, subject_id = ?, area_id = ?, org_name = ?, interviewees = ?, interviewers = ?, recorder = ?,
       planned_at = ?, place = ?, reason = ?, bring = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(w.kind, w.subjectId, w.areaId, w.orgName, JSON.stringify(w.interviewees), w.interviewers, w.recorder, w.plannedAt, w.place, w.reason, w.bring, at, by, id)
}

export interface MinutesWrite {
  startedAt: string
  endedAt: string
  place: string
  recorder: string
  attendees: string
  exchanges: Exchange[]
}

export function writeMinutes(db: Db, id: string, m: MinutesWrite, at: string, by: string): void {
  stmt(
    db,
    `UPDATE interviews SET status = 'held', started_at = ?, ended_at = ?, place = ?, recorder = ?, attendees = ?, exchanges = ?,
       updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(m.startedAt, m.endedAt, m.place, m.recorder, m.attendees, JSON.stringify(m.exchanges), at, by, id)
}

export function setStatus(db: Db, id: string, status: InterviewStatus, at: string, by: string): void {
  stmt(db, 'UPDATE interviews SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(status, at, by, id)
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'interviews', id, reason, at, by)
