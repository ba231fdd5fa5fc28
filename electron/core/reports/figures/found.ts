import { caseStatuses } from '../../cases/schema'
import type { CaseFigure } from './types'

/** Every status but voided: what the case list shows when asked for all live cases. */
export const liveStatuses = caseStatuses.filter((s) => s !== 'voided')

/** 发现隐患: found in the period. */
export const found: CaseFigure = {
  key: 'found',
  label: '发现隐患',
  definition: '发现日期在统计期间内的隐患（不论现在是否已销号）。',
  where: (p) => ({ sql: "c.status <> 'voided' AND c.found_date BETWEEN @from AND @to", params: { from: p.from, to: p.to } }),
  filter: (p) => ({ status: [...liveStatuses], foundFrom: p.from, foundTo: p.to }),
}
