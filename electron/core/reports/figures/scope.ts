import type { Range, SqlWhere } from './types'

/** A WHERE clause narrowed to the records tagged with the range's campaign, when it names one. */
export function campaignScoped(w: SqlWhere, p: Range, column: string): SqlWhere {
  if (p.campaignId === undefined) return w
  return { sql: `${w.sql} AND ${column} = @campaignId`, params: { ...w.params, campaignId: p.campaignId } }
}
