import type { RecordStampColumns, RecordStamps } from './types'

/* The record stamps read from a row; voiding a row with them is db/void.ts. */

export const recordStampsOf = (r: RecordStampColumns): RecordStamps => ({
  voidedAt: r.voided_at,
  voidReason: r.void_reason,
  voidedBy: r.voided_by,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
})
