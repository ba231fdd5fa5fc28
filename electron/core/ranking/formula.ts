/**
 * The ranking of villages and departments (评分/排名, seed 003): one score from four parts, each a
 * rate between 0 and 1, weighted by the office's settings. A part a unit has no data for (a
 * department has no 实地评分 and no area of hazards; a unit with nothing due yet has no on-time
 * rate) is left out and the weights of the others are scaled up, so no unit gains or loses by a
 * part that does not apply to it. The formula is printed beside the ranking as `formulaText` says.
 */

import type { RankingInput, RankingParts, RankingRow, RankingWeights } from './types'

export type { RankingInput, RankingParts, RankingRow, RankingWeights }

/** A late report earns half of an on-time one. */
export const LATE_CREDIT = 0.5

export function partsOf(u: RankingInput, w: RankingWeights): RankingParts {
  return {
    visits: u.visitMax > 0 ? u.visitPoints / u.visitMax : null,
    tasks: u.tasksOwed > 0 ? u.tasksOnTime / u.tasksOwed : null,
    reports: u.reportsOwed > 0 ? (u.reportsOnTime + LATE_CREDIT * u.reportsLate) / u.reportsOwed : null,
    hazards: u.openHazards === null ? null : Math.max(0, 1 - u.openHazards / Math.max(1, w.hazardCap)),
  }
}

export function scoreOf(parts: RankingParts, w: RankingWeights): number | null {
  let sum = 0
  let weight = 0
  for (const k of ['visits', 'tasks', 'reports', 'hazards'] as const) {
    const v = parts[k]
    if (v === null || w[k] <= 0) continue
    sum += w[k] * v
    weight += w[k]
  }
  return weight === 0 ? null : Math.round((1000 * sum) / weight) / 10
}

/** Scores every unit and orders them: highest score first, units without one last, then by name. */
export function rank(units: readonly RankingInput[], w: RankingWeights): RankingRow[] {
  const rows: RankingRow[] = units.map((u) => {
    const parts = partsOf(u, w)
    return { ...u, parts, score: scoreOf(parts, w), rank: null }
  })
  rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name, 'zh-CN'))
  rows.forEach((r, i) => {
    if (r.score === null) return
    const prev = rows[i - 1]
    r.rank = prev && prev.score === r.score ? prev.rank : i + 1
  })
  return rows
}

/** The formula in words, with the weights in force: printed beside the ranking. */
export function formulaText(w: RankingWeights): string[] {
  return [
    `得分 = 100 ×（${w.visits}×实地评分率 + ${w.tasks}×任务按时率 + ${w.reports}×报送按时率 + ${w.hazards}×隐患分）÷ 参与计算的权重之和`,
    '实地评分率 = 各次实地评分得分之和 ÷ 各次满分之和',
    '任务按时率 = 按期完成的任务 ÷ 时限已到的任务（每个责任单位各计一次）',
    `报送按时率 =（按时报送 + ${LATE_CREDIT}×迟报）÷ 截止日已过的报送期数；漏报计0`,
    `隐患分 = max(0, 1 − 辖区未销号隐患数 ÷ ${w.hazardCap})`,
    '某项没有数据（如部门无实地评分和辖区隐患、尚无到期任务）的不计入，其余权重按比例放大',
  ]
}
