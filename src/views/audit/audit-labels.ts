import type { AuditAction, AuditEntity } from '../../../electron/core/auditlog/codes'
import { firstuseZh } from '../../locales/firstuse'

/** One name per code the core writes (the type check fails on a code without one), and those of older versions' entries. */
const ACTIONS: Record<AuditAction, string> = firstuseZh.auditLog.actions
const ENTITIES: Record<AuditEntity, string> = firstuseZh.auditLog.entities

/** The Chinese name of an action or a kind of record; a code no version wrote is shown as it is. */
export const actionLabel = (code: string): string => (ACTIONS as Record<string, string>)[code] ?? code
export const entityLabel = (code: string): string => (ENTITIES as Record<string, string>)[code] ?? code

const READABLE = ['number', 'title', 'name', 'unitName', 'recipient', 'place', 'content', 'reason', 'note', 'fileName'] as const

/** What a person reads first in an entry: its 文号, title, name, who or why; codes and ids are technical. */
export function readableOf(data: unknown): string {
  if (data === null || typeof data !== 'object') return ''
  const d = data as Record<string, unknown>
  return READABLE.flatMap((k) => (typeof d[k] === 'string' && d[k] !== '' ? [d[k]] : [])).join('　')
}
