import { addDays } from '../dates'
import type { Db } from '../db/open'
import { figuresSql, type FigureRow } from '../tasks/owing'
import type { Campaign, CampaignDocument, CampaignStage, CampaignStatus, CampaignTaskFigures } from './schema'
import { markVoided as voidRow } from '../db/void'
import { addLinks, setLinks, type LinkEdit, type LinkSet } from '../db/links'

interface Row {
  id: string
  name: string
  notice_number: string
  notice_title: string
  notice_file_id: string | null
  notice_file_name: string | null
  year: number
  start_date: string
  end_date: string | null
  end_text: string
  status: CampaignStatus
  notes: string
  closed_date: string | null
  voided_at: string | null
  void_reason: string | null
  created_at: string
  updated_at: string
}

const SELECT = `SELECT c.*, f.original_name AS notice_file_name FROM campaigns c LEFT JOIN campaign_files f ON f.id = c.notice_file_id`
const EMPTY: CampaignTaskFigures = { tasks: 0, closed: 0, done: 0, overdue: 0, dueSoon: 0, undated: 0 }

/** Task figures of the given campaigns (all when null), as of today. */
export function figures(db: Db, today: string, campaignId: string | null): Map<string, CampaignTaskFigures> {
  const rows = db
    .prepare(figuresSql(campaignId === null ? '1' : 't.campaign_id = @campaignId'))
    .all({ today, soon: addDays(today, 7), campaignId }) as FigureRow[]
  return new Map(rows.map((r) => [r.campaign_id, { tasks: r.tasks, closed: r.closed, done: r.done, overdue: r.overdue, dueSoon: r.due_soon, undated: r.undated }]))
}

function assemble(db: Db, rows: Row[], today: string, one: string | null): Campaign[] {
  const figs = figures(db, today, one)
  const stages = db.prepare('SELECT stage, start_date, end_date, date_text FROM campaign_stages WHERE campaign_id = ? AND voided_at IS NULL')
  const units = db.prepare(
    `SELECT u.id, u.name, u.unit_type FROM campaign_units cu JOIN responsible_units u ON u.id = cu.unit_id WHERE cu.campaign_id = ? AND cu.voided_at IS NULL ORDER BY u.sort_order, u.name`,
  )
  const order = { mobilize: 0, rectify: 1, consolidate: 2, summary: 3 }
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    noticeNumber: r.notice_number,
    noticeTitle: r.notice_title,
    noticeFileId: r.notice_file_id,
    noticeFileName: r.notice_file_name,
    year: r.year,
    startDate: r.start_date,
    endDate: r.end_date,
    endText: r.end_text,
    status: r.status,
    notes: r.notes,
    closedDate: r.closed_date,
    stages: (stages.all(r.id) as { stage: CampaignStage['stage']; start_date: string | null; end_date: string | null; date_text: string }[])
      .map((s) => ({ stage: s.stage, startDate: s.start_date, endDate: s.end_date, dateText: s.date_text }))
      .sort((a, b) => order[a.stage] - order[b.stage]),
    units: (units.all(r.id) as { id: string; name: string; unit_type: 'department' | 'village' }[]).map((u) => ({ id: u.id, name: u.name, unitType: u.unit_type })),
    figures: figs.get(r.id) ?? EMPTY,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }))
}

export function list(db: Db, today: string, includeVoided: boolean, status?: CampaignStatus): Campaign[] {
  const where = [includeVoided ? '' : 'c.voided_at IS NULL', status === undefined ? '' : 'c.status = @status'].filter((w) => w !== '')
  const rows = db.prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.start_date DESC, c.name`).all({ status }) as Row[]
  return assemble(db, rows, today, null)
}

export function get(db: Db, today: string, id: string): Campaign | undefined {
  const r = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Row | undefined
  return r && assemble(db, [r], today, id)[0]
}

export function findLiveByName(db: Db, name: string): { id: string } | undefined {
  return db.prepare('SELECT id FROM campaigns WHERE name = ? AND voided_at IS NULL').get(name) as { id: string } | undefined
}

export interface CampaignWrite {
  name: string
  noticeNumber: string
  noticeTitle: string
  year: number
  startDate: string
  endDate: string | null
  endText: string
  notes: string
}

export function insert(db: Db, id: string, c: CampaignWrite, at: string, by: string): void {
  db.prepare(
    `INSERT INTO campaigns (id, name, notice_number, notice_title, year, start_date, end_date, end_text, status, notes, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)`,
  ).run(id, c.name, c.noticeNumber, c.noticeTitle, c.year, c.startDate, c.endDate, c.endText, c.notes, at, by, at, by)
}

export function update(db: Db, id: string, c: CampaignWrite, at: string, by: string): void {
  db.prepare(
    `UPDATE campaigns SET name = ?, notice_number = ?, notice_title = ?, year = ?, start_date = ?, end_date = ?, end_text = ?, notes = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(c.name, c.noticeNumber, c.noticeTitle, c.year, c.startDate, c.endDate, c.endText, c.notes, at, by, id)
}

const STAGES: LinkSet = { table: 'campaign_stages', owner: 'campaign_id', columns: ['stage', 'start_date', 'end_date', 'date_text'] }
const UNITS: LinkSet = { table: 'campaign_units', owner: 'campaign_id', columns: ['unit_id'] }

/** A stage whose dates change is a new row: the dates it had before stay, voided. */
export function setStages(db: Db, id: string, stages: readonly CampaignStage[], edit: LinkEdit): void {
  setLinks(db, STAGES, id, stages.map((s) => ({ stage: s.stage, start_date: s.startDate, end_date: s.endDate, date_text: s.dateText })), edit)
}

/** Adds units to the campaign (各有关单位); units already in it stay. */
export function addUnits(db: Db, id: string, unitIds: readonly string[], edit: Omit<LinkEdit, 'reason'>): void {
  addLinks(db, UNITS, id, unitIds.map((u) => ({ unit_id: u })), edit)
}

export function setUnits(db: Db, id: string, unitIds: readonly string[], edit: LinkEdit): void {
  setLinks(db, UNITS, id, unitIds.map((u) => ({ unit_id: u })), edit)
}

export function setStatus(db: Db, id: string, status: CampaignStatus, closedDate: string | null, at: string, by: string): void {
  db.prepare('UPDATE campaigns SET status = ?, closed_date = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(status, closedDate, at, by, id)
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'campaigns', id, reason, at, by)

export function setNoticeFile(db: Db, id: string, fileId: string, at: string, by: string): void {
  db.prepare('UPDATE campaigns SET notice_file_id = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(fileId, at, by, id)
}

export function documents(db: Db, id: string): CampaignDocument[] {
  return db
    .prepare(
      `SELECT d.id, d.kind, d.number, d.title, d.recipient, d.issue_date AS issueDate, d.status FROM documents d
       WHERE d.campaign_id = @id OR d.id IN (SELECT e.document_id FROM task_escalations e JOIN tasks t ON t.id = e.task_id WHERE t.campaign_id = @id)
       ORDER BY d.issue_date DESC, d.created_at DESC`,
    )
    .all({ id }) as CampaignDocument[]
}
