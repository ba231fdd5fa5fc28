import { setLinks, type LinkEdit, type LinkSet } from '../db/links'
import type { Db } from '../db/open'
import type { OwedUnit, OwnerGroup } from './schema'

export interface RhythmRow {
  id: string
  campaign_id: string
  campaign_name: string
  name: string
  rhythm: string
  remind_days: number
  grace_days: number
  start_date: string | null
  end_date: string | null
  owner_group: OwnerGroup | null
  figure_labels: string
  with_incidents: number
  voided_at: string | null
  created_at: string
  updated_at: string
  /** the campaign's own span: a rhythm without dates runs over it */
  campaign_start: string
  campaign_end: string | null
  campaign_closed: string | null
}

const SELECT_RHYTHM = `SELECT r.*, c.name AS campaign_name, c.start_date AS campaign_start, c.end_date AS campaign_end,
  c.closed_date AS campaign_closed FROM report_rhythms r JOIN campaigns c ON c.id = r.campaign_id`

export const getRhythm = (db: Db, id: string): RhythmRow | undefined => db.prepare(`${SELECT_RHYTHM} WHERE r.id = ?`).get(id) as RhythmRow | undefined

export const rhythmsOf = (db: Db, campaignId: string): RhythmRow[] =>
  db.prepare(`${SELECT_RHYTHM} WHERE r.campaign_id = ? AND r.voided_at IS NULL ORDER BY r.created_at`).all(campaignId) as RhythmRow[]

/** Live rhythms of live, unclosed campaigns: the dashboard's scope. */
export const activeRhythms = (db: Db): RhythmRow[] =>
  db.prepare(`${SELECT_RHYTHM} WHERE r.voided_at IS NULL AND c.status = 'active' ORDER BY c.start_date, r.created_at`).all() as RhythmRow[]

export const listedUnits = (db: Db, rhythmId: string): string[] =>
  db.prepare('SELECT unit_id FROM report_rhythm_units WHERE rhythm_id = ? AND voided_at IS NULL ORDER BY rowid').pluck().all(rhythmId) as string[]

/** The live units owing a rhythm today: its group expanded, and the units listed on it. */
export function owedUnits(db: Db, r: Pick<RhythmRow, 'id' | 'campaign_id' | 'owner_group'>): OwedUnit[] {
  return db
    .prepare(
      `SELECT ru.id, ru.name, ru.unit_type AS unitType, ru.contact_name AS contactName, ru.contact_phone AS contactPhone
       FROM responsible_units ru WHERE ru.voided_at IS NULL AND (
         (@group = 'villages' AND ru.unit_type = 'village')
         OR (@group = 'campaign_units' AND ru.id IN (SELECT unit_id FROM campaign_units WHERE campaign_id = @campaign AND voided_at IS NULL))
         OR ru.id IN (SELECT unit_id FROM report_rhythm_units WHERE rhythm_id = @rhythm AND voided_at IS NULL))
       ORDER BY ru.unit_type DESC, ru.sort_order, ru.name`,
    )
    .all({ group: r.owner_group, campaign: r.campaign_id, rhythm: r.id }) as OwedUnit[]
}

export interface RhythmWrite {
  name: string
  rhythm: string
  remindDays: number
  graceDays: number
  startDate: string | null
  endDate: string | null
  ownerGroup: OwnerGroup | null
  figureLabels: string[]
  withIncidents: boolean
}

const writeParams = (w: RhythmWrite) => ({ ...w, figureLabels: JSON.stringify(w.figureLabels), withIncidents: w.withIncidents ? 1 : 0 })

export function insertRhythm(db: Db, id: string, campaignId: string, w: RhythmWrite, at: string, by: string): void {
  db.prepare(
    `INSERT INTO report_rhythms (id, campaign_id, name, rhythm, remind_days, grace_days, start_date, end_date, owner_group, figure_labels,
      with_incidents, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @campaignId, @name, @rhythm, @remindDays, @graceDays, @startDate, @endDate, @ownerGroup, @figureLabels, @withIncidents,
      @at, @by, @at, @by)`,
  ).run({ ...writeParams(w), id, campaignId, at, by })
}

export function updateRhythm(db: Db, id: string, w: RhythmWrite, at: string, by: string): void {
  db.prepare(
    `UPDATE report_rhythms SET name = @name, rhythm = @rhythm, remind_days = @remindDays, grace_days = @graceDays, start_date = @startDate,
      end_date = @endDate, owner_group = @ownerGroup, figure_labels = @figureLabels, with_incidents = @withIncidents,
      updated_at = @at, updated_by = @by WHERE id = @id`,
  ).run({ ...writeParams(w), id, at, by })
}

const LISTED: LinkSet = { table: 'report_rhythm_units', owner: 'rhythm_id', columns: ['unit_id'] }

export function setListedUnits(db: Db, rhythmId: string, unitIds: readonly string[], edit: LinkEdit): void {
  setLinks(db, LISTED, rhythmId, unitIds.map((u) => ({ unit_id: u })), edit)
}

export function voidRhythm(db: Db, id: string, reason: string, at: string, by: string): void {
  db.prepare('UPDATE report_rhythms SET voided_at = ?, void_reason = ?, voided_by = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(at, reason, by, at, by, id)
}

export interface SubmissionRow {
  id: string
  rhythm_id: string
  unit_id: string
  unit_name: string
  period_key: string
  received_date: string
  content: string
  figures: string
  file_id: string | null
  file_name: string | null
  voided_at: string | null
  void_reason: string | null
  created_at: string
  created_by: string
}

const SELECT_SUBMISSION = `SELECT s.*, ru.name AS unit_name, f.original_name AS file_name FROM report_submissions s
  JOIN responsible_units ru ON ru.id = s.unit_id LEFT JOIN campaign_files f ON f.id = s.file_id`

export const getSubmission = (db: Db, id: string): SubmissionRow | undefined => db.prepare(`${SELECT_SUBMISSION} WHERE s.id = ?`).get(id) as SubmissionRow | undefined

export const liveSubmissionId = (db: Db, rhythmId: string, periodKey: string, unitId: string): string | undefined =>
  db.prepare('SELECT id FROM report_submissions WHERE rhythm_id = ? AND period_key = ? AND unit_id = ? AND voided_at IS NULL').pluck().get(rhythmId, periodKey, unitId) as
    | string
    | undefined

/** (unit, period, received, id) of every live submission of a rhythm: what the overview classifies. */
export const receivedOf = (db: Db, rhythmId: string): { id: string; unit_id: string; period_key: string; received_date: string }[] =>
  db.prepare('SELECT id, unit_id, period_key, received_date FROM report_submissions WHERE rhythm_id = ? AND voided_at IS NULL').all(rhythmId) as {
    id: string
    unit_id: string
    period_key: string
    received_date: string
  }[]

export interface SubmissionWrite {
  rhythmId: string
  unitId: string
  periodKey: string
  receivedDate: string
  content: string
  figures: Record<string, number>
  fileId: string | null
}

export function insertSubmission(db: Db, id: string, w: SubmissionWrite, at: string, by: string): void {
  db.prepare(
    `INSERT INTO report_submissions (id, rhythm_id, unit_id, period_key, received_date, content, figures, file_id, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @rhythmId, @unitId, @periodKey, @receivedDate, @content, @figures, @fileId, @at, @by, @at, @by)`,
  ).run({ ...w, figures: JSON.stringify(w.figures), id, at, by })
}

export function voidSubmission(db: Db, id: string, reason: string, at: string, by: string): void {
  db.prepare('UPDATE report_submissions SET voided_at = ?, void_reason = ?, voided_by = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(at, reason, by, at, by, id)
  db.prepare(`UPDATE fire_incidents SET voided_at = ?, void_reason = ?, voided_by = ?, updated_at = ?, updated_by = ? WHERE submission_id = ? AND voided_at IS NULL`).run(
    at,
    `随报送记录作废：${reason}`,
    by,
    at,
    by,
    id,
  )
}

export interface ReminderRow {
  id: string
  date: string
  method: 'letter' | 'list'
  document_number: string | null
  units: number
}

export const remindersOf = (db: Db, rhythmId: string, periodKey?: string): (ReminderRow & { period_key: string })[] =>
  db
    .prepare(
      `SELECT r.id, r.period_key, r.date, r.method, d.number AS document_number,
        (SELECT count(*) FROM report_reminder_units u WHERE u.reminder_id = r.id) AS units
       FROM report_reminders r LEFT JOIN documents d ON d.id = r.document_id
       WHERE r.rhythm_id = @rhythm AND (@period IS NULL OR r.period_key = @period) ORDER BY r.created_at`,
    )
    .all({ rhythm: rhythmId, period: periodKey ?? null }) as (ReminderRow & { period_key: string })[]

export function insertReminder(
  db: Db,
  r: { id: string; rhythmId: string; periodKey: string; date: string; method: 'letter' | 'list'; documentId: string | null; unitIds: readonly string[] },
  at: string,
  by: string,
): void {
  db.prepare(
    'INSERT INTO report_reminders (id, rhythm_id, period_key, date, method, document_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(r.id, r.rhythmId, r.periodKey, r.date, r.method, r.documentId, at, by)
  const add = db.prepare('INSERT INTO report_reminder_units (reminder_id, unit_id) VALUES (?, ?)')
  for (const u of r.unitIds) add.run(r.id, u)
}
