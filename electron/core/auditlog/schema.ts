import { z } from 'zod'
import { isoDate, page, pageSize, text } from '../validation'

/** The 操作日志 filters: who, what (action and kind of record), when (days), which record. */
export const auditListSchema = z.strictObject({
  operator: text('操作人', 20).default(''),
  action: text('操作', 40).default(''),
  entity: text('记录类别', 40).default(''),
  /** One record's own entries (a case's or a unit's history): its id exactly, with entity. */
  entityId: text('记录编号', 64).default(''),
  /** A record: its id, or words from what the entry recorded (a 文号, a name). */
  record: text('记录', 100).default(''),
  from: isoDate('开始日期').optional(),
  to: isoDate('结束日期').optional(),
  page: page(),
  pageSize: pageSize(),
})

export interface AuditLogEntry {
  seq: number
  at: string
  operator: string
  action: string
  entity: string
  entityId: string
  /** The record in words ('' for a kind with no name): a case's number, a unit's name. */
  recordName: string
  data: unknown
  /** Written before the hash chain began (an older version of the program). */
  unchained: boolean
}

export interface ChainReport {
  /** Entries read. */
  entries: number
  /** Entries from before the chain began (no hash). */
  unchained: number
  /** The first entry that does not fit the chain, with what is wrong; null when intact. */
  broken: { seq: number; at: string; problem: string } | null
}

/** What the filters can choose from. */
export interface AuditFacets {
  operators: string[]
  actions: string[]
  entities: string[]
}

export type AuditListArgs = z.input<typeof auditListSchema>
export type AuditListInput = z.output<typeof auditListSchema>
