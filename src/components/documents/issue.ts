/** Who checked (审核) and who signed (签发) a document, as its form holds them. */
export interface IssuePeople {
  reviewedBy: string
  signedBy: string
}

/** The people as the core takes them: a blank name is left to the settings' default. */
export type PeopleArgs = { reviewedBy?: string; signedBy?: string }

export const peopleArgs = (p: IssuePeople): PeopleArgs => ({
  ...(p.reviewedBy.trim() ? { reviewedBy: p.reviewedBy } : {}),
  ...(p.signedBy.trim() ? { signedBy: p.signedBy } : {}),
})

/** What the issue drawer needs from the core's draft of any kind (register, ladder step, task letter …). */
export interface IssueDraft {
  data: Record<string, unknown>
  reviewedBy: string
  signedBy: string
  /** the 文号 the next issue would take now (another issue may take it first) */
  nextNumber: string | null
  /** the case step issuing it will record, as staff read it */
  caseEffect?: string | null
}
