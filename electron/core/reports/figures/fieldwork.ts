import type { Db } from '../../db/open'
import { coverage, coverageDefinition } from '../../inspections/coverage'
import type { FieldworkFigures } from '../../inspections/schema'
import { relapsesByArea, relapsesBySubject } from '../../revisits/repo'
import type { Range } from './types'

/*
 * The field work of a period beside the hazard figures: 检查率 (inspections/coverage.ts) and
 * 回头看 results with relapses per village.
 */

export const revisitsLabel = '回头看'
export const revisitsDefinition =
  '回头看 = 期内登记了结果（保持或反弹）的已销号隐患数；反弹 = 其中结果为反弹的数（每处反弹另立新隐患，计入发现隐患）。按村（社区）以原隐患登记时所属的村（社区）统计。'
export const revisitsCampaignDefinition = '只计标记为该专项行动的隐患的回头看。'
export const revisitsSql = (p: Range): string =>
  `SELECT c.area_id, count(*), sum(x.outcome = 'relapsed') FROM revisit_items x JOIN revisits r ON r.id = x.revisit_id JOIN cases c ON c.id = x.case_id WHERE x.outcome IS NOT NULL AND x.checked_on BETWEEN '${p.from}' AND '${p.to}' AND r.voided_at IS NULL${p.campaignId === undefined ? '' : ` AND c.campaign_id = '${p.campaignId}'`} GROUP BY c.area_id`

export { coverageDefinition }

export function fieldworkFigures(db: Db, p: Range): FieldworkFigures {
  const names = new Map((db.prepare('SELECT id, name FROM areas').all() as { id: string; name: string }[]).map((a) => [a.id, a.name]))
  const rows = relapsesByArea(db, p.from, p.to, p.campaignId)
  return {
    coverage: coverage(db, p.from, p.to, p.campaignId),
    revisits: {
      checked: rows.reduce((n, r) => n + r.checked, 0),
      relapsed: rows.reduce((n, r) => n + r.relapsed, 0),
      byArea: rows.map((r) => ({ id: r.areaId, name: names.get(r.areaId) ?? '', checked: r.checked, relapsed: r.relapsed })).sort((a, b) => b.relapsed - a.relapsed || a.name.localeCompare(b.name, 'zh-CN')),
      bySubject: relapsesBySubject(db, p.from, p.to, p.campaignId),
    },
  }
}
