/* The ranking's data, read by the renderer too. */

export interface RankingWeights {
  visits: number
  tasks: number
  reports: number
  hazards: number
  /** open hazards at which the hazard part reaches 0 */
  hazardCap: number
}

export interface RankingInput {
  unitId: string
  name: string
  unitType: 'village' | 'department'
  /** sum of item scores over the unit's visits, and the sum of those visits' full marks */
  visitPoints: number
  visitMax: number
  visits: number
  /** dated task duties whose deadline has passed (or that are done), and those done by the deadline */
  tasksOwed: number
  tasksOnTime: number
  /** report periods past their due day, and how those stand */
  reportsOwed: number
  reportsOnTime: number
  reportsLate: number
  /** open hazards in the village's area; null for a department */
  openHazards: number | null
}

export interface RankingParts {
  visits: number | null
  tasks: number | null
  reports: number | null
  hazards: number | null
}

export interface RankingRow extends RankingInput {
  parts: RankingParts
  /** 0–100 with one decimal; null when no part applies */
  score: number | null
  /** 1-based, equal scores share a rank (1, 1, 3); null without a score */
  rank: number | null
}
