import { setLinks, type LinkEdit, type LinkSet } from '../db/links'
import type { Db } from '../db/open'
import type { FireIncident, IncidentFigures } from './schema'
import { markVoided as voidRow } from '../db/void'

interface Row {
  id: string
  campaign_id: string | null
  campaign_name: string | null
  unit_id: string | null
  unit_name: string | null
  submission_id: string | null
  occurred_on: string
  place: string
  party: string
  subject_id: string | null
  subject_name: string | null
  cause: string
  deaths: number
  injuries: number
  loss_yuan: number
  notes: string
  voided_at: string | null
  void_reason: string | null
  created_at: string
  updated_at: string
}

const SELECT = `SELECT i.*, c.name AS campaign_name, ru.name AS unit_name, s.name AS subject_name
  FROM fire_incidents i
  LEFT JOIN campaigns c ON c.id = i.campaign_id
  LEFT JOIN responsible_units ru ON ru.id = i.unit_id
  LEFT JOIN subjects s ON s.id = i.subject_id`

export interface IncidentFilter {
  campaignId?: string | undefined
  unitId?: string | undefined
  from?: string | undefined
  to?: string | undefined
  includeVoided: boolean
}

/** The WHERE of a list and its figures, so the figures are exactly over the rows listed. */
function where(f: IncidentFilter): { sql: string; params: Record<string, string> } {
  const parts = ['1 = 1']
  const params: Record<string, string> = {}
  if (!f.includeVoided) parts.push('i.voided_at IS NULL')
  const optional = [
    ['campaignId', 'i.campaign_id = @campaignId'],
    ['unitId', 'i.unit_id = @unitId'],
    ['from', 'i.occurred_on >= @from'],
    ['to', 'i.occurred_on <= @to'],
  ] as const
  for (const [key, sql] of optional) {
    const v = f[key]
    if (v === undefined) continue
    parts.push(sql)
    params[key] = v
  }
  return { sql: parts.join(' AND '), params }
}

function casesOf(db: Db, ids: readonly string[]): Map<string, { id: string; number: string }[]> {
  const out = new Map<string, { id: string; number: string }[]>()
  if (ids.length === 0) return out
  const rows = db
    .prepare(`SELECT l.incident_id, c.id, c.number FROM fire_incident_cases l JOIN cases c ON c.id = l.case_id
      WHERE l.voided_at IS NULL AND l.incident_id IN (SELECT value FROM json_each(?)) ORDER BY c.number`)
    .all(JSON.stringify(ids)) as { incident_id: string; id: string; number: string }[]
  for (const r of rows) out.set(r.incident_id, [...(out.get(r.incident_id) ?? []), { id: r.id, number: r.number }])
  return out
}

const toIncident = (r: Row, cases: { id: string; number: string }[]): FireIncident => ({
  id: r.id,
  campaignId: r.campaign_id,
  campaignName: r.campaign_name,
  unitId: r.unit_id,
  unitName: r.unit_name,
  submissionId: r.submission_id,
  occurredOn: r.occurred_on,
  place: r.place,
  party: r.party,
  subjectId: r.subject_id,
  subjectName: r.subject_name,
  cause: r.cause,
  deaths: r.deaths,
  injuries: r.injuries,
  lossYuan: r.loss_yuan,
  notes: r.notes,
  cases,
  voidedAt: r.voided_at,
  voidReason: r.void_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

function hydrate(db: Db, rows: Row[]): FireIncident[] {
  const cases = casesOf(db, rows.map((r) => r.id))
  return rows.map((r) => toIncident(r, cases.get(r.id) ?? []))
}

export function get(db: Db, id: string): FireIncident | undefined {
  const r = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as Row | undefined
  return r ? hydrate(db, [r])[0] : undefined
}

export function list(db: Db, f: IncidentFilter, limit: number, offset: number): { rows: FireIncident[]; total: number } {
  const w = where(f)
  const total = db.prepare(`SELECT count(*) FROM fire_incidents i WHERE ${w.sql}`).pluck().get(w.params) as number
  const rows = db.prepare(`${SELECT} WHERE ${w.sql} ORDER BY i.occurred_on DESC, i.created_at DESC LIMIT ${limit} OFFSET ${offset}`).all(w.params) as Row[]
  return { rows: hydrate(db, rows), total }
}

export function bySubmission(db: Db, submissionId: string): FireIncident[] {
  return hydrate(db, db.prepare(`${SELECT} WHERE i.submission_id = ? AND i.voided_at IS NULL ORDER BY i.occurred_on`).all(submissionId) as Row[])
}

/** 起数, 死亡, 受伤, 直接财产损失, by reporting unit, by cause and by month, over the filtered live rows. */
export function figures(db: Db, f: IncidentFilter): IncidentFigures {
  const w = where({ ...f, includeVoided: false })
  const sum = `count(*) AS incidents, coalesce(sum(i.deaths), 0) AS deaths, coalesce(sum(i.injuries), 0) AS injuries, coalesce(sum(i.loss_yuan), 0) AS lossYuan`
  const all = db.prepare(`SELECT ${sum} FROM fire_incidents i WHERE ${w.sql}`).get(w.params) as Omit<IncidentFigures, 'byUnit' | 'byCause' | 'byMonth'>
  const byUnit = db
    .prepare(`SELECT i.unit_id AS unitId, coalesce(ru.name, '未注明') AS unitName, ${sum} FROM fire_incidents i
      LEFT JOIN responsible_units ru ON ru.id = i.unit_id WHERE ${w.sql} GROUP BY i.unit_id ORDER BY incidents DESC, unitName`)
    .all(w.params) as IncidentFigures['byUnit']
  const byCause = db
    .prepare(`SELECT CASE WHEN i.cause = '' THEN '未查明' ELSE i.cause END AS cause, count(*) AS incidents FROM fire_incidents i
      WHERE ${w.sql} GROUP BY 1 ORDER BY incidents DESC, cause`)
    .all(w.params) as IncidentFigures['byCause']
  const byMonth = db
    .prepare(`SELECT substr(i.occurred_on, 1, 7) AS month, count(*) AS incidents, coalesce(sum(i.loss_yuan), 0) AS lossYuan
      FROM fire_incidents i WHERE ${w.sql} GROUP BY 1 ORDER BY 1`)
    .all(w.params) as IncidentFigures['byMonth']
  return { ...all, byUnit, byCause, byMonth }
}

export interface IncidentWrite {
  campaignId: string | null
  unitId: string | null
  submissionId: string | null
  occurredOn: string
  place: string
  party: string
  subjectId: string | null
  cause: string
  deaths: number
  injuries: number
  lossYuan: number
  notes: string
}

export function insert(db: Db, id: string, w: IncidentWrite, at: string, by: string): void {
  db.prepare(
    `INSERT INTO fire_incidents (id, campaign_id, unit_id, submission_id, occurred_on, place, party, subject_id, cause, deaths, injuries,
      loss_yuan, notes, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @campaignId, @unitId, @submissionId, @occurredOn, @place, @party, @subjectId, @cause, @deaths, @injuries, @lossYuan, @notes,
      @at, @by, @at, @by)`,
  ).run({ ...w, id, at, by })
}

export function update(db: Db, id: string, w: Omit<IncidentWrite, 'campaignId' | 'submissionId'>, at: string, by: string): void {
  db.prepare(
    `UPDATE fire_incidents SET unit_id = @unitId, occurred_on = @occurredOn, place = @place, party = @party, subject_id = @subjectId,
      cause = @cause, deaths = @deaths, injuries = @injuries, loss_yuan = @lossYuan, notes = @notes, updated_at = @at, updated_by = @by
     WHERE id = @id`,
  ).run({ ...w, id, at, by })
}

const CASES: LinkSet = { table: 'fire_incident_cases', owner: 'incident_id', columns: ['case_id'] }

export function setCases(db: Db, id: string, caseIds: readonly string[], edit: LinkEdit): void {
  setLinks(db, CASES, id, caseIds.map((c) => ({ case_id: c })), edit)
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'fire_incidents', id, reason, at, by)
