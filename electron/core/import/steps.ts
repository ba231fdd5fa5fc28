import type { Ctx } from '../context'
import { AppError } from '../errors'
import type { JobRun } from '../worker/control'
import { fieldsOf } from './fields'
import { missingColumnNotices } from './missing'
import { loadLookup } from './lookup'
import { planImport, type Plan, type PlanInput } from './plan'
import type { ImportField, ImportFieldInfo, ImportPreview, ImportProblem, ImportReport, importArgsSchema } from './schema'
import { writePlan } from './write'
import type { z } from 'zod'

/*
 * An import after its file is read: planned against the data as it is, and written in one
 * transaction. A big sheet's steps run on a worker (service.ts), so they take only what a worker
 * message carries and report through the job: rows planned, rows written, and the cancel check.
 */

export type ImportJobArgs = z.output<typeof importArgsSchema>

export interface ReadFile {
  sha256: string
  input: Omit<PlanInput, 'lookup' | 'unitOptions' | 'onRow'>
}

export interface PlannedJobInput {
  file: ReadFile
  args: ImportJobArgs
}

function plan(ctx: Ctx, file: ReadFile, args: ImportJobArgs, job: JobRun): Plan {
  const lookup = loadLookup(ctx.db)
  let defaultArea = null
  if (args.defaultAreaId !== undefined) {
    defaultArea = lookup.areas.byId(args.defaultAreaId) ?? null
    if (!defaultArea) throw new AppError('VALIDATION', '所选默认村(社区)不存在或已作废', 'defaultAreaId')
  }
  const total = file.input.sheet.rows.length
  const p = planImport(ctx, { ...file.input, lookup, unitOptions: { defaultArea, createAreas: args.createAreas }, onRow: rowsDone(job, total) })
  const has = (f: ImportField) => file.input.columns.byField.has(f)
  p.problems.unshift(...missingColumnNotices({ kind: args.kind, has, lookup, defaultAreaChosen: args.defaultAreaId !== undefined }))
  p.counts.warnings = p.problems.filter((x) => x.level === 'warning').length
  return p
}

/** Every 50 rows: the cancel check and the progress (planning, then writing: twice the rows). */
const rowsDone =
  (job: JobRun, total: number, before = 0) =>
  (done: number): void => {
    if (done % 50 !== 0) return
    job.check()
    job.progress(before + done, total * 2)
  }

const sheetErrors = (p: Plan): ImportProblem[] => p.problems.filter((x) => x.row === null && x.level === 'error')
const canCommit = (p: Plan, args: ImportJobArgs): boolean => sheetErrors(p).length === 0 && (p.counts.error === 0 || args.skipInvalid)

function fieldInfo(file: ReadFile): ImportFieldInfo[] {
  return fieldsOf[file.input.kind].map((d) => {
    const c = file.input.columns.byField.get(d.field)
    return { field: d.field, label: d.label, required: d.required, column: c?.letter ?? null }
  })
}

export function previewPlanned(ctx: Ctx, file: ReadFile, args: ImportJobArgs, job: JobRun): ImportPreview {
  const p = plan(ctx, file, args, job)
  const { sheet, columns } = file.input
  return {
    kind: args.kind,
    fileName: args.fileName,
    sheet: sheet.name,
    sheets: sheet.sheets,
    headerRow: columns.headerRow,
    columns: columns.columns,
    fields: fieldInfo(file),
    problems: p.problems,
    rows: p.verdicts,
    counts: p.counts,
    canCommit: canCommit(p, args),
  }
}

function refusal(p: Plan): AppError {
  const sheetError = sheetErrors(p)[0]
  if (sheetError) return new AppError('VALIDATION', `无法导入：${sheetError.message}。未导入任何数据。`, 'mapping')
  const first = p.verdicts.find((v) => v.action === 'error')
  return new AppError(
    'VALIDATION',
    `有 ${p.counts.error} 行存在错误（如第${first?.row ?? ''}行：${first?.reason ?? ''}），未导入任何数据。请修改表格后重新导入，或选择“跳过有错误的行”。`,
    'skipInvalid',
  )
}

/**
 * Plans again against the data as it is now and writes everything in one transaction: all rows
 * or none. Rows with errors refuse the whole import unless the user chose to skip them; a cancel
 * between rows rolls the whole transaction back.
 */
export function commitPlanned(ctx: Ctx, file: ReadFile, args: ImportJobArgs, job: JobRun): ImportReport {
  // IMMEDIATE: the writer is taken before planning, so the plan is made against the data it is written into.
  return ctx.db.transaction((): ImportReport => {
    const p = plan(ctx, file, args, job)
    if (!canCommit(p, args)) throw refusal(p)
    const report: Omit<ImportReport, 'batchId'> = {
      kind: args.kind,
      fileName: args.fileName,
      sheet: file.input.sheet.name,
      created: { subjects: p.counts.subjects.create, cases: p.counts.cases.create, areas: p.counts.areas.create },
      matched: { subjects: p.counts.subjects.match },
      skipped: p.verdicts.filter((v) => v.action === 'skip' || v.action === 'error').map((v) => ({ row: v.row, reason: v.reason })),
      counts: p.counts,
    }
    if (p.rows.length === 0) return { batchId: null, ...report }
    const batchId = writePlan(ctx, p, { kind: args.kind, fileName: args.fileName, fileSha256: file.sha256, sheet: report.sheet }, report, rowsDone(job, file.input.sheet.rows.length, file.input.sheet.rows.length))
    job.check()
    return { batchId, ...report }
  }).immediate()
}
