import * as areas from '../areas/repo'
import type { AreaType } from '../areas/schema'
import { audit, stamp } from '../audit'
import { insertEvent } from '../cases/events'
import * as cases from '../cases/repo'
import type { Ctx } from '../context'
import * as subjects from '../subjects/repo'
import { looseAreaKey } from './lookup'
import type { Plan, PlannedRow } from './plan'
import { insertBatch, insertRow, nextAreaSortOrder } from './repo'
import type { ImportKind, ImportReport } from './schema'
import type { AreaChoice } from './unit'

export interface BatchMeta {
  kind: ImportKind
  fileName: string
  fileSha256: string
  sheet: string
}

interface Stamp {
  batchId: string
  fileName: string
  at: string
  by: string
}

const areaTypeOf = (name: string): AreaType => (/(社区|居委会)$/.test(name) ? 'community' : /(村|村委会)$/.test(name) ? 'village' : 'other')

/** Never reached: the plan refuses a new unit without a 村(社区). */
const broken = (what: string): Error => new Error(`import plan is inconsistent: ${what}`)

function writeAreas(ctx: Ctx, plan: Plan, s: Stamp): void {
  let sortOrder = nextAreaSortOrder(ctx.db)
  for (const area of plan.areas.values()) {
    area.id = ctx.newId()
    const write = { name: area.name, areaType: areaTypeOf(area.name), grids: [], headName: '', headPhone: '', sortOrder: sortOrder++, notes: `由「${s.fileName}」导入时新建` }
    areas.insert(ctx.db, area.id, write, s.at, s.by)
    audit(ctx, { action: 'import', entity: 'area', entityId: area.id, data: { ...write, importBatch: s.batchId } })
  }
}

function writeSubjects(ctx: Ctx, plan: Plan, s: Stamp): void {
  const areaIdOf = (a: AreaChoice): string => {
    const id = 'id' in a ? a.id : 'create' in a ? plan.areas.get(looseAreaKey(a.create))?.id : null
    if (!id) throw broken('a new unit has no 村(社区)')
    return id
  }
  for (const p of plan.subjects) {
    p.id = ctx.newId()
    const { area, ...fields } = p.draft
    p.areaId = areaIdOf(area)
    const write = { ...fields, areaId: p.areaId }
    subjects.insert(ctx.db, p.id, write, s.at, s.by)
    audit(ctx, { action: 'import', entity: 'subject', entityId: p.id, data: { ...write, importBatch: s.batchId, row: p.row } })
  }
}

function subjectOf(r: PlannedRow): { id: string; areaId: string; kindId: string } {
  const t = 'id' in r.subject ? r.subject : { ...r.subject.pending, kindId: r.subject.pending.draft.kindId }
  if (t.id === null || t.areaId === null) throw broken(`the unit of row ${r.row} was not written`)
  return { id: t.id, areaId: t.areaId, kindId: t.kindId }
}

/** Hazards get their 序号 in order of finding, after the numbers their year already has. */
function writeCases(ctx: Ctx, rows: readonly PlannedRow[], s: Stamp, onRow: (done: number) => void): void {
  const seqs = new Map<number, number>()
  const ordered = rows.filter((r) => r.hazard !== null).sort((x, y) => (x.hazard?.foundDate ?? '').localeCompare(y.hazard?.foundDate ?? '') || x.row - y.row)
  let done = 0
  for (const r of ordered) {
    onRow(++done)
    if (r.hazard === null) continue
    const { steps, status, closedDate, ...fields } = r.hazard
    const year = Number(fields.foundDate.slice(0, 4))
    const seq = seqs.get(year) ?? cases.nextSeq(ctx.db, year)
    seqs.set(year, seq + 1)
    const subject = subjectOf(r)
    const id = ctx.newId()
    cases.insert(ctx.db, {
      id,
      year,
      seq,
      subjectId: subject.id,
      areaId: subject.areaId,
      subjectKindId: subject.kindId,
      inspectionId: null,
      ...fields,
      status,
      escalated: false,
      closedDate,
      closedBy: closedDate === null ? null : s.by,
      voidedAt: null,
      voidReason: null,
      voidedBy: null,
      createdAt: s.at,
      createdBy: s.by,
      updatedAt: s.at,
      updatedBy: s.by,
    })
    // Each step is marked as imported: the timeline shows it was read from the ledger, not done in FireDesk.
    const origin = { imported: true, importBatch: s.batchId, sheetRow: r.row }
    const note = `由「${s.fileName}」第${r.row}行导入`
    for (const step of steps) {
      const data = step.action === 'register' ? { foundDate: fields.foundDate, deadline: fields.deadline, ...origin } : origin
      insertEvent(ctx.db, { id: ctx.newId(), caseId: id, at: s.at, operator: s.by, note, data, documentId: null, ...step })
    }
    insertRow(ctx.db, r.fingerprint, s.batchId, r.row, 'case', id, s.at)
    const number = cases.caseNumber(year, seq)
    audit(ctx, { action: 'import', entity: 'case', entityId: id, data: { number, subjectId: subject.id, status, closedDate, ...fields, importBatch: s.batchId, row: r.row } })
  }
}

/**
 * Writes a plan: the batch, new 村(社区), new units, hazards with their timelines, and the
 * fingerprints of the rows, each write with its audit row. Runs inside the caller's transaction.
 */
export function writePlan(base: Ctx, plan: Plan, meta: BatchMeta, report: Omit<ImportReport, 'batchId'>, onRow: (done: number) => void = () => {}): string {
  const { at, by } = stamp(base)
  // The operator is read once: audit() asks for it on every row of a 10 000-row import.
  const ctx: Ctx = { ...base, db: base.db, operator: () => by }
  const s: Stamp = { batchId: ctx.newId(), fileName: meta.fileName, at, by }
  insertBatch(ctx.db, { id: s.batchId, ...meta, importedOn: ctx.clock.today(), report, at, by })
  writeAreas(ctx, plan, s)
  writeSubjects(ctx, plan, s)
  for (const r of plan.rows) {
    if (r.hazard === null) insertRow(ctx.db, r.fingerprint, s.batchId, r.row, 'subject', subjectOf(r).id, at)
  }
  writeCases(ctx, plan.rows, s, onRow)
  audit(ctx, { action: 'import', entity: 'importBatch', entityId: s.batchId, data: { ...meta, counts: report.counts } })
  return s.batchId
}
