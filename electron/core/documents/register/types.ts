import type { CaseStatus } from '../../cases/schema'
import type { Page } from '../../paging'
import type { DocumentFormat, DocumentKindCode, TagSpec } from '../types'

/**
 * One input of a kind's form, as the renderer draws it. Data stays as the kind's schema wants
 * it: ISO dates, plain lines for paragraphs (one per line), lists of objects for table rows.
 */
export type FormField =
  | { readonly name: string; readonly label: string; readonly type: 'text' | 'textarea' | 'date' | 'datetime' | 'paras'; readonly required: boolean; readonly hint?: string }
  | { readonly name: string; readonly label: string; readonly type: 'select'; readonly required: boolean; readonly options: readonly { value: string; label: string }[] }
  | { readonly name: string; readonly label: string; readonly type: 'rows'; readonly required: boolean; readonly columns: readonly FormField[]; readonly addLabel: string }

/** A kind as the register presents it: the engine's kind, its form, and how it is numbered. */
export interface DocumentKindInfo {
  code: DocumentKindCode
  name: string
  format: DocumentFormat
  formatName: string
  /** false for 约谈笔录, which carries no 文号 */
  numbered: boolean
  /** the 文号 pattern from settings, e.g. 柳市消安委办〔{年}〕{n}号 */
  numberPattern: string | null
  /** a letter that batch mode may send to every subject of a list */
  batchable: boolean
  /** the case step issuing it records: 下发整改通知, 复查 */
  caseStep: 'notice' | 'recheck' | null
  fields: readonly FormField[]
  tags: readonly TagSpec[]
}

export type DocumentStatus = 'issued' | 'voided'

/** One line of the register (发文登记). */
export interface DocumentEntry {
  id: string
  kind: DocumentKindCode
  kindName: string
  number: string | null
  year: number
  seq: number | null
  title: string
  recipient: string
  issueDate: string
  caseId: string | null
  caseNumber: string | null
  subjectId: string | null
  subjectName: string | null
  interviewId: string | null
  supervisionId: string | null
  /** the 专项行动 it is tagged with */
  campaignId: string | null
  batchId: string | null
  draftedBy: string
  reviewedBy: string
  signedBy: string
  /** absolute path of the issued file */
  path: string
  fileName: string
  sha256: string
  size: number
  templateSha256: string
  templateCustom: boolean
  deliveredOn: string | null
  status: DocumentStatus
  voidReason: string | null
  voidedAt: string | null
  voidedBy: string | null
  createdAt: string
  createdBy: string
  updatedAt: string
  updatedBy: string
}

/** An entry with the frozen data it was rendered from. */
export interface DocumentDetail extends DocumentEntry {
  data: Record<string, unknown>
}

export type DocumentPage = Page<DocumentEntry>

/** A case a notice or recheck opinion may cover, with the ledger's words for it (the form offers each). */
export interface CoverableCase {
  id: string
  number: string
  status: CaseStatus
  description: string
  basis: string
  requirement: string
  deadline: string
}

/** A kind's form filled in from a case, a subject or nothing; staff edit it before issuing. */
export interface DocumentDraft {
  kind: DocumentKindCode
  data: Record<string, unknown>
  caseId: string | null
  /** the cases the document would cover as drafted (a notice: all the unit's hazards of that inspection) */
  caseIds: string[]
  /** those cases with the ledger's words, for the form to offer them one by one */
  cases: CoverableCase[]
  subjectId: string | null
  /** the number the next issue would take now (another issue may take it first) */
  nextNumber: string | null
  /** the case step issuing it will record, as staff read it, e.g. 隐患将转为“已下发整改通知” */
  caseEffect: string | null
}

export interface IssuedDocument {
  id: string
  number: string | null
  path: string
  sha256: string
}

export interface ReprintResult {
  id: string
  path: string
  sha256: string
  /** the re-rendered file has the hash stored at issue */
  identical: boolean
}

export interface DocumentFile {
  fileName: string
  sha256: string
  /** the .docx bytes, base64 */
  base64: string
}

export interface BatchResult {
  batchId: string
  total: number
  issued: number
  cancelled: boolean
  firstNumber: string | null
  lastNumber: string | null
  /** all letters in one file for printing */
  combinedPath: string | null
}

/** A batch the program stopped in the middle of, closed at the next start with what it issued. */
export interface InterruptedBatch {
  batchId: string
  kind: DocumentKindCode
  kindName: string
  total: number
  issued: number
  firstNumber: string | null
  lastNumber: string | null
}

/** Pushed as the 'documents/batch' event while a batch runs. */
export interface BatchProgress {
  batchId: string
  done: number
  total: number
}
