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
  /** Told after each row of the sheet (a long import reports its progress and may be cancelled here). */
  onRow?: (done: number) => void
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

const firstError = (r: RowReader): string => r.problems.find((p) => p.level === 'error')?.message ?? ''

type Verdict = Omit<ImportRowVerdict, 'row'>
const verdict = (action: ImportRowVerdict['action'], subjectName: string, reason: string, summary = ''): Verdict => ({ action, subjectName, summary, reason })

/** The state carried from row to row: units met so far, rows seen, subjects matched. */
class Planner {
  readonly plan: Plan
  readonly matched = new Set<string>()
  private readonly resolver: SubjectResolver
  private readonly seen = new Map<string, number>()
  private readonly today: string

  constructor(
    private readonly ctx: Ctx,
    private readonly input: PlanInput,
  ) {
    this.resolver = new SubjectResolver(ctx.db)
    this.today = ctx.clock.today()
    this.plan = { problems: [...input.columns.problems], verdicts: [], rows: [], subjects: this.resolver.pending, areas: new Map(), counts: emptyCounts() }
  }

  /** What one data row becomes; its problems are left on the reader. */
  row(r: RowReader): Verdict {
    const { kind, lookup } = this.input
    if (r.isBlank('name') && r.row.cells.some((c) => typeof c === 'string' && TOTAL_ROW.test(c.trim()))) return verdict('skip', '', '合计行，不导入')
    const unit = readUnit(r, lookup, this.input.unitOptions, kind === 'subjects')
    const hazard = kind === 'cases' ? readHazard(r, lookup, this.today) : null
    if (r.failed || (kind === 'cases' && hazard === null)) return verdict('error', unit.name, firstError(r))
    if (hazard !== null && 'skip' in hazard) return verdict('skip', unit.name, hazard.skip)
    const fingerprint = hazard === null ? unitFingerprint(unit) : hazardFingerprint(unit, hazard)
    const earlier = importedRow(this.ctx.db, fingerprint)
    if (earlier) return verdict('skip', unit.name, `已于${formatDateZh(earlier.importedOn)}从「${earlier.fileName}」导入过`)
    const same = this.seen.get(fingerprint)
    if (same !== undefined) return verdict('skip', unit.name, `与第${same}行重复`)
    const match = this.resolver.find(unit)
    let subject: SubjectTarget
    if (match && 'existing' in match) {
      subject = match.existing
      this.matched.add(match.existing.id)
      if (match.by === 'creditCode' && match.existing.name !== unit.name) {
        r.warn('creditCode', `统一社会信用代码已登记在「${match.existing.name}」名下，按该单位导入`)
      }
    } else if (match) {
      subject = { pending: match.pending }
    } else {
      if ('missing' in unit.area) {
        r.error('area', `${unit.area.missing}，无法新建单位「${unit.name}」`)
        return verdict('error', unit.name, firstError(r))
      }
      if ('create' in unit.area) {
        const key = looseAreaKey(unit.area.create)
        if (!this.plan.areas.has(key)) this.plan.areas.set(key, { name: unit.area.create, id: null })
      }
      subject = { pending: this.resolver.add(unit, r.number) }
    }
    this.seen.set(fingerprint, r.number)
    this.plan.rows.push({ row: r.number, fingerprint, subject, hazard })
    const summary = summaryOf(kind, unit, hazard)
    if (kind === 'cases') return verdict('create', unit.name, match ? matchReason(match, unit) : '新建单位', summary)
    return verdict(match ? 'match' : 'create', unit.name, match ? matchReason(match, unit) : '', summary)
  }
}

/**
 * Decides, row by row, what an import would do: which rows are refused and why, which are
 * skipped (blank, already imported, repeated), which units are matched or created, and the
 * state each hazard comes in at. Reads the data file; writes nothing.
 */
export function planImport(ctx: Ctx, input: PlanInput): Plan {
  const { sheet, columns } = input
  const planner = new Planner(ctx, input)
  const { plan } = planner
  const mapped = [...columns.byField.values()].map((c) => c.index)
  let previous = columns.headerRow
  let done = 0
  for (const row of sheet.rows) {
    input.onRow?.(++done)
    if (row.number <= columns.headerRow) continue
    // An .xlsx leaves out the rows it holds nothing for: they are blank rows all the same.
    plan.counts.blank += row.number - previous - 1
    previous = row.number
    if (mapped.every((i) => isBlankCell(row.cells[i] ?? null))) {
      plan.counts.blank++
      continue
    }
    const r = new RowReader(row, columns.byField, input.labels)
    plan.verdicts.push({ row: row.number, ...planner.row(r) })
    plan.problems.push(...r.problems)
  }
  countUp(plan, planner.matched.size)
  return plan
}

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
