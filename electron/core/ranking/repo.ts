import type { Db } from '../db/open'
import type { ScoreItem, Visit } from './schema'

export const liveItems = (db: Db, campaignId: string): ScoreItem[] =>
  db.prepare('SELECT id, seq, title, points FROM score_items WHERE campaign_id = ? AND voided_at IS NULL ORDER BY seq').all(campaignId) as ScoreItem[]

export function targets(db: Db, campaignId: string): { villagesPerMonth: number; householdsPerMonth: number } | null {
  const r = db.prepare('SELECT villages_per_month AS villagesPerMonth, households_per_month AS householdsPerMonth FROM score_targets WHERE campaign_id = ?').get(campaignId)
  return (r as { villagesPerMonth: number; householdsPerMonth: number } | undefined) ?? null
}

export function insertItem(db: Db, id: string, campaignId: string, i: { seq: number; title: string; points: number }, at: string, by: string): void {
  db.prepare(
    `INSERT INTO score_items (id, campaign_id, seq, title, points, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, campaignId, i.seq, i.title, i.points, at, by, at, by)
}

export function updateItem(db: Db, id: string, i: { seq: number; title: string; points: number }, at: string, by: string): void {
  db.prepare('UPDATE score_items SET seq = ?, title = ?, points = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(i.seq, i.title, i.points, at, by, id)
}

export function voidItem(db: Db, id: string, at: string, by: string): void {
  db.prepare("UPDATE score_items SET voided_at = ?, void_reason = '从评分表中删去', voided_by = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(at, by, at, by, id)
}

export function setTargets(db: Db, campaignId: string, v: number, h: number, at: string, by: string): void {
  db.prepare(
    `INSERT INTO score_targets (campaign_id, villages_per_month, households_per_month, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (campaign_id) DO UPDATE SET villages_per_month = excluded.villages_per_month,
       households_per_month = excluded.households_per_month, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(campaignId, v, h, at, by)
}

export interface VisitWrite {
  campaignId: string
  unitId: string
  visitDate: string
  households: number
  inspectors: string
  note: string
  scores: { itemId: string; score: number; maxPoints: number }[]
}

export function insertVisit(db: Db, id: string, v: VisitWrite, at: string, by: string): void {
  db.prepare(
    `INSERT INTO score_visits (id, campaign_id, unit_id, visit_date, households, inspectors, note, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, v.campaignId, v.unitId, v.visitDate, v.households, v.inspectors, v.note, at, by, at, by)
  const add = db.prepare('INSERT INTO score_visit_items (visit_id, item_id, score, max_points) VALUES (?, ?, ?, ?)')
  for (const s of v.scores) add.run(id, s.itemId, s.score, s.maxPoints)
}

export function voidVisit(db: Db, id: string, reason: string, at: string, by: string): void {
  db.prepare('UPDATE score_visits SET voided_at = ?, void_reason = ?, voided_by = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(at, reason, by, at, by, id)
}

interface VisitRow {
  id: string
  campaign_id: string
  unit_id: string
  unit_name: string
  visit_date: string
  households: number
  inspectors: string
  note: string
  voided_at: string | null
  created_at: string
}

export function visits(db: Db, where: { campaignId: string; id?: string; from?: string; to?: string; includeVoided?: boolean }): Visit[] {
  const rows = db
    .prepare(
      `SELECT v.*, ru.name AS unit_name FROM score_visits v JOIN responsible_units ru ON ru.id = v.unit_id
       WHERE v.campaign_id = @campaignId AND (@id IS NULL OR v.id = @id) AND (@from IS NULL OR v.visit_date >= @from)
         AND (@to IS NULL OR v.visit_date <= @to) AND (@all = 1 OR v.voided_at IS NULL)
       ORDER BY v.visit_date DESC, v.created_at DESC`,
    )
    .all({ campaignId: where.campaignId, id: where.id ?? null, from: where.from ?? null, to: where.to ?? null, all: where.includeVoided ? 1 : 0 }) as VisitRow[]
  const items = db.prepare(
    `SELECT s.item_id AS itemId, i.title, s.score, s.max_points AS maxPoints FROM score_visit_items s JOIN score_items i ON i.id = s.item_id
     WHERE s.visit_id = ? ORDER BY i.seq`,
  )
  return rows.map((r) => {
    const scores = items.all(r.id) as Visit['scores']
    return {
      id: r.id,
      campaignId: r.campaign_id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      visitDate: r.visit_date,
      households: r.households,
      inspectors: r.inspectors,
      note: r.note,
      scores,
      score: scores.reduce((a, s) => a + s.score, 0),
      maxScore: scores.reduce((a, s) => a + s.maxPoints, 0),
      voidedAt: r.voided_at,
      createdAt: r.created_at,
    }
  })
}
