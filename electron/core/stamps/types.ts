/*
 * Who made, changed and voided a record, and when: the same seven facts on every record that is
 * voided rather than deleted (DESIGN.md), once as the API shows them and once as the row holds them.
 * Types only, so the renderer's view of the schemas can read them.
 */

export interface RecordStamps {
  voidedAt: string | null
  voidReason: string | null
  voidedBy: string | null
  createdAt: string
  createdBy: string
  updatedAt: string
  updatedBy: string
}

export interface RecordStampColumns {
  voided_at: string | null
  void_reason: string | null
  voided_by: string | null
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
}
