import { caseStatusLabels } from '../cases/schema'
import type { Ctx } from '../context'
import { formatDateZh } from '../dates'
import { hazardFingerprint, unitFingerprint } from './fingerprint'
import type { ColumnMap } from './header'
import { readHazard, type HazardDraft } from './hazard'
import { looseAreaKey, type Lookup } from './lookup'
import { RowReader } from './reader'
import { importedRow } from './repo'
import { SubjectResolver, type PendingSubject, type SubjectMatch } from './resolver'
import type { ImportCounts, ImportField, ImportKind, ImportProblem, ImportRowVerdict } from './schema'
import { isBlankCell, type Sheet } from './sheet/types'
import { readUnit, type UnitDraft, type UnitOptions } from './unit'

/** The unit a written row belongs to: a registered subject, or one this import creates. */
export type SubjectTarget = { id: string; name: string; areaId: string; kindId: string } | { pending: PendingSubject }

/** A row that will be written: the unit it is (subjects) or the hazard it brings (cases). */
export interface PlannedRow {
  row: number
  fingerprint: string
  subject: SubjectTarget
  hazard: HazardDraft | null
}

export interface Plan {
  problems: ImportProblem[]
  verdicts: ImportRowVerdict[]
  rows: PlannedRow[]
  subjects: PendingSubject[]
  /** 村(社区) to create, by their loose key, with the name first written. */
  areas: Map<string, { name: string; id: string | null }>
  counts: ImportCounts
}

export interface PlanInput {
  kind: ImportKind
  sheet: Sheet
  columns: ColumnMap
  labels: ReadonlyMap<ImportField, string>
  lookup: Lookup
  unitOptions: UnitOptions
}

const TOTAL_ROW = /^(合计|小计|总计|共计)/

const summaryOf = (kind: ImportKind, u: UnitDraft, h: HazardDraft | null): string => {
  if (kind === 'subjects' || h === null) return u.address
  const closed = h.closedDate === null ? '' : `，${formatDateZh(h.closedDate)}销号`
  return `${formatDateZh(h.foundDate)}发现 · ${caseStatusLabels[h.status]}${closed}`
}

function matchReason(m: SubjectMatch, u: UnitDraft): string {
  if ('pending' in m) return `与第${m.pending.row}行是同一单位`
  const by = m.by === 'creditCode' ? '统一社会信用代码' : m.by === 'name' ? '名称' : '名称和地址'
  return `按${by}匹配到已登记的「${m.existing.name}」${m.by === 'creditCode' && m.existing.name !== u.name ? '（名称不同）' : ''}`
}

/**
 * Decides, row by row, what an import would do: which rows are refused and why, which are
 * skipped (blank, already imported, repeated), which units are matched or created, and the
 * state each hazard comes in at. Reads the data file; writes nothing.
 */
export function planImport(ctx: Ctx, input: PlanInput): Plan {
  const { kind, sheet, columns, lookup } = input
  const today = ctx.clock.today()
  const resolver = new SubjectResolver(ctx.db)
  const plan: Plan = { problems: [...columns.problems], verdicts: [], rows: [], subjects: resolver.pending, areas: new Map(), counts: emptyCounts() }
  const seen = new Map<string, number>()
  const matched = new Set<string>()
  const mapped = [...columns.byField.values()].map((c) => c.index)

  let previous = columns.headerRow
  for (const row of sheet.rows) {
    if (row.number <= columns.headerRow) continue
    // An .xlsx leaves out the rows it holds nothing for: they are blank rows all the same.
    plan.counts.blank += row.number - previous - 1
    previous = row.number
    const r = new RowReader(row, columns.byField, input.labels)
    if (mapped.every((i) => isBlankCell(row.cells[i] ?? null))) {
      plan.counts.blank++
      continue
    }
    const verdict = (action: ImportRowVerdict['action'], subjectName: string, summary: string, reason: string): void => {
      plan.verdicts.push({ row: row.number, action, subjectName, summary, reason })
    }
    if (r.isBlank('name') && row.cells.some((c) => typeof c === 'string' && TOTAL_ROW.test(c.trim()))) {
      verdict('skip', '', '', '合计行，不导入')
      continue
    }
    const unit = readUnit(r, lookup, input.unitOptions, kind === 'subjects')
    const hazard = kind === 'cases' ? readHazard(r, lookup, today) : null
    const decide = (): void => {
      if (r.failed || (kind === 'cases' && hazard === null)) return verdict('error', unit.name, '', firstError(r))
      if (hazard !== null && 'skip' in hazard) return verdict('skip', unit.name, '', hazard.skip)
      const fingerprint = hazard === null ? unitFingerprint(unit) : hazardFingerprint(unit, hazard)
      const earlier = importedRow(ctx.db, fingerprint)
      if (earlier) return verdict('skip', unit.name, '', `已于${formatDateZh(earlier.importedOn)}从「${earlier.fileName}」导入过`)
      const same = seen.get(fingerprint)
      if (same !== undefined) return verdict('skip', unit.name, '', `与第${same}行重复`)
      const match = resolver.find(unit)
      let subject: SubjectTarget
      if (match) {
        subject = 'existing' in match ? match.existing : { pending: match.pending }
        if ('existing' in match) matched.add(match.existing.id)
        if ('existing' in match && match.by === 'creditCode' && match.existing.name !== unit.name) {
          r.warn('creditCode', `统一社会信用代码已登记在「${match.existing.name}」名下，按该单位导入`)
        }
      } else {
        if ('missing' in unit.area) {
          r.error('area', `${unit.area.missing}，无法新建单位「${unit.name}」`)
          return verdict('error', unit.name, '', firstError(r))
        }
        if ('create' in unit.area) {
          const key = looseAreaKey(unit.area.create)
          if (!plan.areas.has(key)) plan.areas.set(key, { name: unit.area.create, id: null })
        }
        subject = { pending: resolver.add(unit, row.number) }
      }
      seen.set(fingerprint, row.number)
      plan.rows.push({ row: row.number, fingerprint, subject, hazard })
      const summary = summaryOf(kind, unit, hazard)
      if (kind === 'cases') return verdict('create', unit.name, summary, match ? matchReason(match, unit) : '新建单位')
      return verdict(match ? 'match' : 'create', unit.name, summary, match ? matchReason(match, unit) : '')
    }
    decide()
    plan.problems.push(...r.problems)
  }
  countUp(plan, matched.size)
  return plan
}

const firstError = (r: RowReader): string => r.problems.find((p) => p.level === 'error')?.message ?? ''

function emptyCounts(): ImportCounts {
  return {
    rows: 0,
    blank: 0,
    create: 0,
    match: 0,
    skip: 0,
    error: 0,
    warnings: 0,
    subjects: { create: 0, match: 0 },
    cases: { create: 0, byStatus: {} },
    areas: { create: [] },
  }
}

function countUp(plan: Plan, matchedSubjects: number): void {
  const c = plan.counts
  for (const v of plan.verdicts) c[v.action]++
  c.rows = plan.verdicts.length
  c.warnings = plan.problems.filter((p) => p.level === 'warning').length
  c.subjects = { create: plan.subjects.length, match: matchedSubjects }
  for (const r of plan.rows) {
    if (r.hazard === null) continue
    c.cases.create++
    c.cases.byStatus[r.hazard.status] = (c.cases.byStatus[r.hazard.status] ?? 0) + 1
  }
  c.areas.create = [...plan.areas.values()].map((a) => a.name)
}
