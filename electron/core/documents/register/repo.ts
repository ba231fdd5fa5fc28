import { stmt } from '../../cases/sql'
import type { Db } from '../../db/open'
import { likePattern, offsetOf } from '../../paging'
import type { DocumentKindCode } from '../types'
import type { ListInput } from './schema'
import type { DocumentStatus } from './types'
import { markVoided as voidRow } from '../../db/void'

/** Takes the next sequence of a 代字 and year (1 for the first); call inside the issuing transaction. */
export function takeSeq(db: Db, prefix: string, year: number, at: string): number {
  return stmt(
    db,
    `INSERT INTO doc_counters (prefix, year, last_seq, updated_at) VALUES (?, ?, 1, ?)
     ON CONFLICT (prefix, year) DO UPDATE SET last_seq = last_seq + 1, updated_at = excluded.updated_at
     RETURNING last_seq`,
  )
    .pluck()
    .get(prefix, year, at) as number
}

export function lastSeq(db: Db, prefix: string, year: number): number {
  return (stmt(db, 'SELECT last_seq FROM doc_counters WHERE prefix = ? AND year = ?').pluck().get(prefix, year) as number | undefined) ?? 0
}

export const pathTaken = (db: Db, filePath: string): boolean => stmt(db, 'SELECT 1 FROM documents WHERE file_path = ?').get(filePath) !== undefined

/** Keeps the template bytes a document was rendered with, once per hash. */
export function keepTemplate(db: Db, t: { sha256: string; kind: DocumentKindCode; custom: boolean; bytes: Uint8Array; at: string }): void {
  stmt(db, 'INSERT OR IGNORE INTO document_templates (sha256, kind, custom, bytes, created_at) VALUES (?, ?, ?, ?, ?)').run(
    t.sha256,
    t.kind,
    t.custom ? 1 : 0,
    t.bytes,
    t.at,
  )
}

export function templateBytes(db: Db, sha256: string): Buffer | undefined {
  return stmt(db, 'SELECT bytes FROM document_templates WHERE sha256 = ?').pluck().get(sha256) as Buffer | undefined
}

export interface DocumentInsert {
  id: string
  kind: DocumentKindCode
  number: string | null
  prefix: string | null
  year: number
  seq: number | null
  title: string
  recipient: string
  issueDate: string
  caseId: string | null
  subjectId: string | null
  interviewId: string | null
  supervisionId: string | null
  batchId: string | null
  draftedBy: string
  reviewedBy: string
  signedBy: string
  /** issued in one step: the operator on duty drafted, checked and signed it */
  onePerson: boolean
  filePath: string
  sha256: string
  size: number
  data: string
  settings: string
  templateSha256: string
  at: string
}

export function insert(db: Db, d: DocumentInsert): void {
  stmt(
    db,
    `INSERT INTO documents (id, kind, number, prefix, year, seq, title, recipient, issue_date, case_id, subject_id, interview_id,
       supervision_id, batch_id, drafted_by, reviewed_by, signed_by, one_person, file_path, sha256, size, data, settings, template_sha256,
       status, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?, ?)`,
  ).run(
    d.id, d.kind, d.number, d.prefix, d.year, d.seq, d.title, d.recipient, d.issueDate, d.caseId, d.subjectId, d.interviewId,
    d.supervisionId, d.batchId, d.draftedBy, d.reviewedBy, d.signedBy, d.onePerson ? 1 : 0, d.filePath, d.sha256, d.size, d.data, d.settings,
    d.templateSha256, d.at, d.draftedBy, d.at, d.draftedBy,
  )
}

export interface DocumentRow {
  id: string
  kind: DocumentKindCode
  number: string | null
  year: number
  seq: number | null
  title: string
  recipient: string
  issue_date: string
  case_id: string | null
  case_number: string | null
  subject_id: string | null
  subject_name: string | null
  interview_id: string | null
  supervision_id: string | null
  campaign_id: string | null
  batch_id: string | null
  drafted_by: string
  reviewed_by: string
  signed_by: string
  one_person: 0 | 1
  file_path: string
  sha256: string
  size: number
  template_sha256: string
  template_custom: number
  delivered_on: string | null
  status: DocumentStatus
  void_reason: string | null
  voided_at: string | null
  voided_by: string | null
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
}

const SELECT = `SELECT d.id, d.kind, d.number, d.year, d.seq, d.title, d.recipient, d.issue_date, d.case_id, c.number AS case_number,
  d.subject_id, s.name AS subject_name, d.interview_id, d.supervision_id, d.campaign_id, d.batch_id, d.drafted_by, d.reviewed_by, d.signed_by,
  d.one_person, d.file_path, d.sha256, d.size, d.template_sha256, t.custom AS template_custom, d.delivered_on, d.status, d.void_reason,
  d.voided_at, d.voided_by, d.created_at, d.created_by, d.updated_at, d.updated_by
  FROM documents d LEFT JOIN cases c ON c.id = d.case_id LEFT JOIN subjects s ON s.id = d.subject_id
  JOIN document_templates t ON t.sha256 = d.template_sha256`

export function get(db: Db, id: string): DocumentRow | undefined {
  return stmt(db, `${SELECT} WHERE d.id = ?`).get(id) as DocumentRow | undefined
}

/** What reprinting needs: the frozen data, settings and template. */
export function frozen(db: Db, id: string): { kind: DocumentKindCode; data: string; settings: string; template_sha256: string } | undefined {
  return stmt(db, 'SELECT kind, data, settings, template_sha256 FROM documents WHERE id = ?').get(id) as
    | { kind: DocumentKindCode; data: string; settings: string; template_sha256: string }
    | undefined
}

function where(f: ListInput): { sql: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause)
    params.push(...values)
  }
  if (f.kind) add('d.kind = ?', f.kind)
  if (f.year !== undefined) add('d.year = ?', f.year)
  if (f.status !== 'all') add('d.status = ?', f.status)
  // A document about many cases (one notice for a unit's hazards) is listed with each of them.
  if (f.caseId) add('d.id IN (SELECT document_id FROM document_cases WHERE case_id = ?)', f.caseId)
  if (f.subjectId) add('d.subject_id = ?', f.subjectId)
  if (f.batchId) add('d.batch_id = ?', f.batchId)
  if (f.campaignId) add('d.campaign_id = ?', f.campaignId)
  if (f.text) {
    const cols = ["coalesce(d.number, '')", 'd.title', 'd.recipient']
    add(`(${cols.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`, ...cols.map(() => likePattern(f.text)))
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/** Newest first: by date of issue, then by when it was registered. */
export function list(db: Db, f: ListInput): { rows: DocumentRow[]; total: number } {
  const w = where(f)
  const rows = stmt(db, `${SELECT} ${w.sql} ORDER BY d.issue_date DESC, d.created_at DESC, d.id DESC LIMIT ? OFFSET ?`).all(
    ...w.params,
    f.pageSize,
    offsetOf(f.page, f.pageSize),
  ) as DocumentRow[]
  const total = stmt(db, `SELECT count(*) FROM documents d ${w.sql}`).pluck().get(...w.params) as number
  return { rows, total }
}

export const markVoided = (db: Db, id: string, reason: string, at: string, by: string): void =>
  voidRow(db, 'documents', id, reason, at, by)

export function markDelivered(db: Db, id: string, date: string, at: string, by: string): void {
  stmt(db, 'UPDATE documents SET delivered_on = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(date, at, by, id)
}

/** The case's latest live document of a kind that covers it (the notice a recheck refers to). */
export function latestCovering(db: Db, caseId: string, kind: DocumentKindCode): { id: string; number: string | null } | undefined {
  return stmt(
    db,
    `SELECT d.id, d.number FROM document_cases dc JOIN documents d ON d.id = dc.document_id
     WHERE dc.case_id = ? AND d.kind = ? AND d.status = 'issued' ORDER BY d.issue_date DESC, d.created_at DESC LIMIT 1`,
  ).get(caseId, kind) as { id: string; number: string | null } | undefined
}

/** Records every case a document covers. */
export function linkCases(db: Db, documentId: string, caseIds: readonly string[]): void {
  const s = stmt(db, 'INSERT OR IGNORE INTO document_cases (document_id, case_id) VALUES (?, ?)')
  for (const caseId of caseIds) s.run(documentId, caseId)
}

/** The cases a document covers, in the order they were registered. */
export function casesOf(db: Db, documentId: string): string[] {
  return stmt(db, 'SELECT dc.case_id FROM document_cases dc JOIN cases c ON c.id = dc.case_id WHERE dc.document_id = ? ORDER BY c.rid')
    .pluck()
    .all(documentId) as string[]
}
