import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import type { RevisitItem, RevisitOutcome } from './schema'

export interface RevisitRow {
  id: string
  title: string
  campaignId: string | null
  criteria: string
  samplePercent: number | null
  total: number
  kept: number
  relapsed: number
  createdAt: string
  createdBy: string
}

const COLUMNS = `r.id, r.title, r.campaign_id AS campaignId, r.criteria, r.sample_percent AS samplePercent,
  (SELECT count(*) FROM revisit_items x WHERE x.revisit_id = r.id) AS total,
  (SELECT count(*) FROM revisit_items x WHERE x.revisit_id = r.id AND x.outcome = 'kept') AS kept,
  (SELECT count(*) FROM revisit_items x WHERE x.revisit_id = r.id AND x.outcome = 'relapsed') AS relapsed,
  r.created_at AS createdAt, r.created_by AS createdBy`

export function insertRevisit(db: Db, r: { id: string; title: string; campaignId: string | null; criteria: string; samplePercent: number | null; at: string; by: string }): void {
  stmt(
    db,
    `INSERT INTO revisits (id, title, campaign_id, criteria, sample_percent, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.title, r.campaignId, r.criteria, r.samplePercent, r.at, r.by, r.at, r.by)
}

export function insertItem(db: Db, i: { id: string; revisitId: string; caseId: string; seq: number }): void {
  stmt(db, 'INSERT INTO revisit_items (id, revisit_id, case_id, seq) VALUES (?, ?, ?, ?)').run(i.id, i.revisitId, i.caseId, i.seq)
}

export function getRevisit(db: Db, id: string): RevisitRow | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM revisits r WHERE r.id = ? AND r.voided_at IS NULL`).get(id) as RevisitRow | undefined
}

export function listRevisits(db: Db, limit: number, offset: number): { rows: RevisitRow[]; total: number } {
  const total = (stmt(db, 'SELECT count(*) AS n FROM revisits WHERE voided_at IS NULL').get() as { n: number }).n
  const rows = stmt(db, `SELECT ${COLUMNS} FROM revisits r WHERE r.voided_at IS NULL ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?`).all(limit, offset) as RevisitRow[]
  return { rows, total }
}

/** An item as its row holds it; the service adds the case. */
export type ItemRow = Omit<RevisitItem, 'case'>

const ITEM_COLUMNS = `x.id, x.revisit_id AS revisitId, x.seq, x.case_id AS caseId, x.outcome, x.checked_on AS checkedOn, x.note,
  x.new_case_id AS newCaseId, n.number AS newCaseNumber, x.recorded_by AS recordedBy`
const ITEM_FROM = 'FROM revisit_items x LEFT JOIN cases n ON n.id = x.new_case_id'

export function itemsOf(db: Db, revisitId: string): ItemRow[] {
  return stmt(db, `SELECT ${ITEM_COLUMNS} ${ITEM_FROM} WHERE x.revisit_id = ? ORDER BY x.seq`).all(revisitId) as ItemRow[]
}

export function getItem(db: Db, id: string): ItemRow | undefined {
  return stmt(db, `SELECT ${ITEM_COLUMNS} ${ITEM_FROM} WHERE x.id = ?`).get(id) as ItemRow | undefined
}

export function recordItem(db: Db, id: string, w: { outcome: RevisitOutcome; checkedOn: string; note: string; newCaseId: string | null; at: string; by: string }): void {
  stmt(db, 'UPDATE revisit_items SET outcome = ?, checked_on = ?, note = ?, new_case_id = ?, recorded_at = ?, recorded_by = ? WHERE id = ?').run(
    w.outcome,
    w.checkedOn,
    w.note,
    w.newCaseId,
    w.at,
    w.by,
    id,
  )
}

/** The re-visits of a unit's cases: what the dossier lists under 回头看. */
export function itemsOfSubject(db: Db, subjectId: string): (ItemRow & { revisitTitle: string; caseNumber: string })[] {
  return stmt(
    db,
    `SELECT ${ITEM_COLUMNS}, r.title AS revisitTitle, c.number AS caseNumber ${ITEM_FROM}
     JOIN revisits r ON r.id = x.revisit_id JOIN cases c ON c.id = x.case_id
     WHERE c.subject_id = ? AND r.voided_at IS NULL ORDER BY coalesce(x.checked_on, r.created_at) DESC, x.seq`,
  ).all(subjectId) as (ItemRow & { revisitTitle: string; caseNumber: string })[]
}

/**
 * The 回头看 results recorded in a period (on x, r, c); of the hazards tagged with one campaign
 * when one is named, as the summary of that campaign counts them.
 */
const RECORDED = (campaignId: string | undefined): string =>
  `x.outcome IS NOT NULL AND x.checked_on BETWEEN ? AND ? AND r.voided_at IS NULL${campaignId === undefined ? '' : ' AND c.campaign_id = ?'}`
const recordedArgs = (from: string, to: string, campaignId: string | undefined): string[] => (campaignId === undefined ? [from, to] : [from, to, campaignId])

/** The units whose closed cases relapsed in a period, the most relapses first: the summary names them. */
export function relapsesBySubject(db: Db, from: string, to: string, campaignId?: string): { id: string; name: string; areaName: string; checked: number; relapsed: number }[] {
  return stmt(
    db,
    `SELECT s.id, s.name, a.name AS areaName, count(*) AS checked, sum(x.outcome = 'relapsed') AS relapsed
     FROM revisit_items x JOIN revisits r ON r.id = x.revisit_id JOIN cases c ON c.id = x.case_id
     JOIN subjects s ON s.id = c.subject_id JOIN areas a ON a.id = c.area_id
     WHERE ${RECORDED(campaignId)}
     GROUP BY s.id HAVING sum(x.outcome = 'relapsed') > 0 ORDER BY relapsed DESC, s.name`,
  ).all(...recordedArgs(from, to, campaignId)) as { id: string; name: string; areaName: string; checked: number; relapsed: number }[]
}

/** Relapses recorded in a period, per village of the closed case: the quarterly summary's 回头看 figure. */
export function relapsesByArea(db: Db, from: string, to: string, campaignId?: string): { areaId: string; checked: number; relapsed: number }[] {
  return stmt(
    db,
    `SELECT c.area_id AS areaId, count(*) AS checked, sum(x.outcome = 'relapsed') AS relapsed
     FROM revisit_items x JOIN revisits r ON r.id = x.revisit_id JOIN cases c ON c.id = x.case_id
     WHERE ${RECORDED(campaignId)} GROUP BY c.area_id`,
  ).all(...recordedArgs(from, to, campaignId)) as { areaId: string; checked: number; relapsed: number }[]
}
