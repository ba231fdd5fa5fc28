import type { Page } from '../paging'
import type { AuditFacets, ChainReport, AuditListArgs, AuditLogEntry } from './schema'

/** The 操作日志: reading the audit log, and checking its hash chain. */
export interface AuditLogContract {
  'audit/list': { args: AuditListArgs; result: Page<AuditLogEntry> }
  'audit/facets': { args: Record<string, never>; result: AuditFacets }
  'audit/verify': { args: Record<string, never>; result: ChainReport }
}
