/** What the issue drawer needs from the core's draft of any kind (register, ladder step, task letter …). */
export interface IssueDraft {
  data: Record<string, unknown>
  /** the 文号 the next issue would take now (another issue may take it first) */
  nextNumber: string | null
  /** the case step issuing it will record, as staff read it */
  caseEffect?: string | null
}
