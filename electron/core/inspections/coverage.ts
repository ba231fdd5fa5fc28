import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import { inspectionKinds } from '../cases/schema'
import { quarterRange } from '../reports/period'
import { inspectionKindLabels, type Coverage, type CoverageFigure, type CoverageRow } from './schema'

/*
 * 检查率 = units inspected ÷ units registered, for a period. A unit counts as registered when it is
 * in the ledger and not voided by the period's end (units are entered when the office starts using
 * FireDesk, so the day of entry says nothing about when the unit existed); it counts as inspected
 * when at least one live inspection of it is dated within the period. Groups use the unit's current
 * village, grid and kind, the same for both counts, so no group exceeds 100 %.
 */

export const coverageDefinition =
  '检查率 = 期内检查过的单位数 ÷ 登记在册的单位数 × 100%，保留一位小数。登记在册：期末前未作废的监管对象；检查过：期内（含首尾两日）有至少一条未作废的检查记录（含未发现隐患的检查）。按村（社区）、网格、场所类别以单位现在的归属统计；按检查类型为期内有该类检查的单位数 ÷ 登记在册的单位数。'

const REGISTERED = `SELECT s.id, s.area_id AS areaId, s.grid, s.kind_id AS kindId FROM subjects s
  WHERE s.voided_at IS NULL OR substr(s.voided_at, 1, 10) > @to`
const INSPECTED = `SELECT DISTINCT subject_id AS subjectId, source FROM inspections
  WHERE voided_at IS NULL AND inspected_on BETWEEN @from AND @to`

export const coverageSql = (from: string, to: string): string =>
  `SELECT count(*) AS registered, count(i.subject_id) AS inspected FROM (${REGISTERED}) s LEFT JOIN (SELECT DISTINCT subject_id FROM inspections WHERE voided_at IS NULL AND inspected_on BETWEEN @from AND @to) i ON i.subject_id = s.id`
    .replace(/@from/g, `'${from}'`)
    .replace(/@to/g, `'${to}'`)
    .replace(/\s+/g, ' ')

const rateOf = (inspected: number, registered: number): number | null => (registered === 0 ? null : Math.round((inspected * 1000) / registered) / 10)
const figure = (inspected: number, registered: number): CoverageFigure => ({ registered, inspected, rate: rateOf(inspected, registered) })

class Tally {
  readonly registered = new Map<string, number>()
  readonly inspected = new Map<string, number>()
  add(key: string, inspected: boolean): void {
    this.registered.set(key, (this.registered.get(key) ?? 0) + 1)
    if (inspected) this.inspected.set(key, (this.inspected.get(key) ?? 0) + 1)
  }
  row(key: string, name: string): CoverageRow {
    return { id: key, name, ...figure(this.inspected.get(key) ?? 0, this.registered.get(key) ?? 0) }
  }
}

export function periodRange(args: { quarter?: string | undefined; from?: string | undefined; to?: string | undefined }): { from: string; to: string } {
  return args.quarter !== undefined ? quarterRange(args.quarter) : { from: args.from ?? '', to: args.to ?? '' }
}

/** Every coverage figure of a period: two index reads, the grouping done here. */
export function coverage(db: Db, from: string, to: string): Coverage {
  const units = stmt(db, REGISTERED).all({ to }) as { id: string; areaId: string; grid: string; kindId: string }[]
  const visits = stmt(db, INSPECTED).all({ from, to }) as { subjectId: string; source: string }[]
  const inspected = new Set<string>()
  const byKind = new Map<string, Set<string>>()
  for (const v of visits) {
    inspected.add(v.subjectId)
    const set = byKind.get(v.source) ?? new Set<string>()
    set.add(v.subjectId)
    byKind.set(v.source, set)
  }
  const areas = new Tally()
  const grids = new Tally()
  const kinds = new Tally()
  const kindVisits = new Map<string, number>()
  let count = 0
  for (const u of units) {
    const seen = inspected.has(u.id)
    if (seen) count++
    areas.add(u.areaId, seen)
    grids.add(`${u.areaId}\u0000${u.grid}`, seen)
    kinds.add(u.kindId, seen)
    for (const [kind, set] of byKind) if (set.has(u.id)) kindVisits.set(kind, (kindVisits.get(kind) ?? 0) + 1)
  }
  const areaNames = stmt(db, 'SELECT id, name FROM areas ORDER BY sort_order, name').all() as { id: string; name: string }[]
  const kindNames = stmt(db, 'SELECT id, name FROM subject_kinds ORDER BY sort_order').all() as { id: string; name: string }[]
  const byArea = areaNames.filter((a) => areas.registered.has(a.id)).map((a) => areas.row(a.id, a.name))
  const areaOrder = new Map(areaNames.map((a, i) => [a.id, i]))
  const areaName = new Map(areaNames.map((a) => [a.id, a.name]))
  const byGrid = [...grids.registered.keys()]
    .map((key) => {
      const [areaId = '', grid = ''] = key.split('\u0000')
      return { ...grids.row(key, `${areaName.get(areaId) ?? ''}·${grid === '' ? '未分网格' : grid}`), areaId, grid }
    })
    .sort((a, b) => (areaOrder.get(a.areaId) ?? 0) - (areaOrder.get(b.areaId) ?? 0) || a.grid.localeCompare(b.grid, 'zh-CN'))
  const bySubjectKind = kindNames.filter((k) => kinds.registered.has(k.id)).map((k) => kinds.row(k.id, k.name))
  const byInspectionKind = inspectionKinds.map((k) => ({ id: k, name: inspectionKindLabels[k], ...figure(kindVisits.get(k) ?? 0, units.length) }))
  const held = stmt(
    db,
    `SELECT count(*) AS n, sum(NOT EXISTS (SELECT 1 FROM cases c WHERE c.inspection_id = i.id AND c.status <> 'voided')) AS none
     FROM inspections i WHERE i.voided_at IS NULL AND i.inspected_on BETWEEN ? AND ?`,
  ).get(from, to) as { n: number; none: number | null }
  return {
    from,
    to,
    total: figure(count, units.length),
    byArea,
    byGrid,
    bySubjectKind,
    byInspectionKind,
    inspections: { count: held.n, noHazard: held.none ?? 0 },
    definition: coverageDefinition,
    sql: coverageSql(from, to),
  }
}
