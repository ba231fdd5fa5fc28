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

/** Cut to one 专项行动, only the inspections tagged with it count; the units registered stay the town's. */
export const coverageCampaignDefinition = '只计标记为该专项行动的检查记录；登记在册的单位仍为全镇的。'

const REGISTERED = "(s.voided_at IS NULL OR substr(s.voided_at, 1, 10) > @to)"
/** The inspections a period's figures count: live, dated within it, and tagged with @campaignId when one is asked for. */
const counted = (campaign: boolean, i = '') => `${i}voided_at IS NULL AND ${i}inspected_on BETWEEN @from AND @to${campaign ? ` AND ${i}campaign_id = @campaignId` : ''}`
const visited = (campaign: boolean) => `SELECT DISTINCT subject_id FROM inspections WHERE ${counted(campaign)}`

const GROUPS = 'GROUP BY s.area_id, s.grid, s.kind_id'
/** Units registered per village, grid and kind: a few hundred groups counted in one index. */
const REGISTERED_GROUPS = `SELECT s.area_id AS areaId, s.grid, s.kind_id AS kindId, count(*) AS n FROM subjects s WHERE ${REGISTERED} ${GROUPS}`
/*
 * The units inspected, counted by SQLite rather than sent here one by one (a year visits some 13 000
 * units: sending them and grouping them here took half of 检查率's time). The units are read from
 * subjects_group, which holds the id with the groups: SQLite would otherwise pick the primary key
 * and read each unit's whole row for three columns. Two ways to them: gather the period's visited
 * units (IN keeps each once; a DISTINCT inside it sorted them twice), or probe each registered unit
 * for a visit in inspections_visits (migration 0028: as many probes as units, whatever the period).
 * Measured on 20 000 units they cost the same when the period's visits are some two fifths of the
 * units: a quarter gathers, a year (24 000 visits: twice as fast) probes.
 */
const INSPECTED_GROUPS = (campaign: boolean, probe: boolean) => `SELECT s.area_id AS areaId, s.grid, s.kind_id AS kindId, count(*) AS n
  FROM subjects s INDEXED BY subjects_group WHERE ${REGISTERED} AND ${
    probe ? `EXISTS (SELECT 1 FROM inspections i INDEXED BY inspections_visits WHERE i.subject_id = s.id AND ${counted(campaign, 'i.')})` : `s.id IN (SELECT subject_id FROM inspections WHERE ${counted(campaign)})`
  } ${GROUPS}`
const probes = (visits: number, registered: number): boolean => visits * 5 > registered * 2
/** The period's live visits, counted in an index by date. */
const VISITS = (campaign: boolean) => `SELECT count(*) FROM inspections WHERE ${counted(campaign)}`
/** Registered units inspected per kind of visit: the few units voided by the period's end are taken out. */
const INSPECTED_KINDS = (campaign: boolean) => `SELECT source, count(DISTINCT subject_id) AS n FROM inspections WHERE ${counted(campaign)}
  AND subject_id NOT IN (SELECT s.id FROM subjects s INDEXED BY subjects_group WHERE NOT ${REGISTERED}) GROUP BY source`
const held = (campaign: boolean) => `SELECT count(*) AS n, sum(EXISTS (SELECT 1 FROM cases c WHERE c.inspection_id = i.id AND c.status <> 'voided')) AS found
  FROM inspections i WHERE ${counted(campaign, 'i.')}`

/** The total as one query anyone may run on the data file, with the period (and the campaign) written in. */
export const coverageSql = (from: string, to: string, campaignId?: string): string =>
  `SELECT count(*) AS registered, count(v.subject_id) AS inspected FROM subjects s LEFT JOIN (${visited(campaignId !== undefined)}) v ON v.subject_id = s.id WHERE ${REGISTERED}`
    .replace(/@from/g, `'${from}'`)
    .replace(/@to/g, `'${to}'`)
    .replace(/@campaignId/g, `'${campaignId ?? ''}'`)

const rateOf = (inspected: number, registered: number): number | null => (registered === 0 ? null : Math.round((inspected * 1000) / registered) / 10)
const figure = (inspected: number, registered: number): CoverageFigure => ({ registered, inspected, rate: rateOf(inspected, registered) })

interface Group {
  areaId: string
  grid: string
  kindId: string
  n: number
}

class Tally {
  readonly registered = new Map<string, number>()
  readonly inspected = new Map<string, number>()
  add(key: string, registered: number, inspected: number): void {
    this.registered.set(key, (this.registered.get(key) ?? 0) + registered)
    this.inspected.set(key, (this.inspected.get(key) ?? 0) + inspected)
  }
  row(key: string, name: string): CoverageRow {
    return { id: key, name, ...figure(this.inspected.get(key) ?? 0, this.registered.get(key) ?? 0) }
  }
}

export function periodRange(args: { quarter?: string | undefined; from?: string | undefined; to?: string | undefined }): { from: string; to: string } {
  return args.quarter !== undefined ? quarterRange(args.quarter) : { from: args.from ?? '', to: args.to ?? '' }
}

/** Every coverage figure of a period (of one campaign's inspections, when named). */
export function coverage(db: Db, from: string, to: string, campaignId?: string): Coverage {
  const campaign = campaignId !== undefined
  const params = campaign ? { from, to, campaignId } : { from, to }
  const areas = new Tally()
  const grids = new Tally()
  const kinds = new Tally()
  const add = (g: Group, registered: number, inspected: number) => {
    areas.add(g.areaId, registered, inspected)
    grids.add(`${g.areaId}\u0000${g.grid}`, registered, inspected)
    kinds.add(g.kindId, registered, inspected)
  }
  let registered = 0
  for (const g of stmt(db, REGISTERED_GROUPS).all({ to }) as Group[]) {
    registered += g.n
    add(g, g.n, 0)
  }
  let inspected = 0
  const probe = probes(stmt(db, VISITS(campaign)).pluck().get(params) as number, registered)
  for (const g of stmt(db, INSPECTED_GROUPS(campaign, probe)).all(params) as Group[]) {
    inspected += g.n
    add(g, 0, g.n)
  }
  const perKind = new Map((stmt(db, INSPECTED_KINDS(campaign)).all(params) as { source: string; n: number }[]).map((k) => [k.source, k.n]))
  const areaNames = stmt(db, 'SELECT id, name FROM areas ORDER BY sort_order, name').all() as { id: string; name: string }[]
  const kindNames = stmt(db, 'SELECT id, name FROM subject_kinds ORDER BY sort_order').all() as { id: string; name: string }[]
  const areaOrder = new Map(areaNames.map((a, i) => [a.id, i]))
  const areaName = new Map(areaNames.map((a) => [a.id, a.name]))
  const byGrid = [...grids.registered.keys()]
    .map((key) => {
      const [areaId = '', grid = ''] = key.split('\u0000')
      return { ...grids.row(key, `${areaName.get(areaId) ?? ''}·${grid === '' ? '未分网格' : grid}`), areaId, grid }
    })
    .sort((a, b) => (areaOrder.get(a.areaId) ?? 0) - (areaOrder.get(b.areaId) ?? 0) || a.grid.localeCompare(b.grid, 'zh-CN'))
  const tally = stmt(db, held(campaign)).get(params) as { n: number; found: number | null }
  return {
    from,
    to,
    total: figure(inspected, registered),
    byArea: areaNames.filter((a) => areas.registered.has(a.id)).map((a) => areas.row(a.id, a.name)),
    byGrid,
    bySubjectKind: kindNames.filter((k) => kinds.registered.has(k.id)).map((k) => kinds.row(k.id, k.name)),
    byInspectionKind: inspectionKinds.map((k) => ({ id: k, name: inspectionKindLabels[k], ...figure(perKind.get(k) ?? 0, registered) })),
    inspections: { count: tally.n, noHazard: tally.n - (tally.found ?? 0) },
    definition: campaign ? `${coverageDefinition}${coverageCampaignDefinition}` : coverageDefinition,
    sql: coverageSql(from, to, campaignId),
  }
}
