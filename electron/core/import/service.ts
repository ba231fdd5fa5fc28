import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { inTx, type Ctx } from '../context'
import type { Db } from '../db/open'
import { AppError } from '../errors'
import { importCaps } from '../safety/file-caps'
import { loadSettings } from '../settings/service'
import { BIG_FILE_BYTES, runJob } from '../worker/run'
import { fieldsOf } from './fields'
import { mapColumns } from './header'
import { missingColumnNotices } from './missing'
import { loadLookup } from './lookup'
import { planImport, type Plan, type PlanInput } from './plan'
import type { ImportField, ImportFieldInfo, ImportPreview, ImportProblem, ImportReport, importArgsSchema } from './schema'
import { fileBytes } from './sheet/read'
import type { Sheet } from './sheet/types'
import { writePlan } from './write'

type Args = z.output<typeof importArgsSchema>

interface ReadFile {
  sha256: string
  input: Omit<PlanInput, 'lookup' | 'unitOptions'>
}

/**
 * The last file read on each connection: the import page previews a file and then commits the
 * same bytes, and reading a 10 000-row workbook is most of a preview's time.
 */
const lastRead = new WeakMap<Db, { key: string; file: ReadFile }>()

/** The file being read on each connection: a newer preview or import/cancel stops it. */
const reading = new WeakMap<Db, AbortController>()

/** Stops the file being read for a preview or an import; nothing was written by it. */
export function cancelImport(ctx: Ctx): { cancelled: boolean } {
  const running = reading.get(ctx.db)
  running?.abort()
  return { cancelled: running !== undefined }
}

/**
 * Parses the file, a big one on a worker thread (it is only CPU work, and the window stays
 * responsive meanwhile; outside any transaction), and maps its columns.
 */
async function readFile(ctx: Ctx, args: Args): Promise<ReadFile> {
  reading.get(ctx.db)?.abort()
  const mine = new AbortController()
  reading.set(ctx.db, mine)
  try {
    const bytes = await fileBytes(args.dataBase64, importCaps(loadSettings(ctx.db)))
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const key = JSON.stringify([sha256, args.fileName, args.kind, args.sheet ?? null, args.mapping])
    const cached = lastRead.get(ctx.db)
    if (cached?.key === key) return cached.file
    const sheet = await runJob('readSheet', { fileName: args.fileName, bytes, sheet: args.sheet }, { offThread: bytes.length > BIG_FILE_BYTES, signal: mine.signal })
    return remember(ctx, args, key, sha256, sheet)
  } finally {
    if (reading.get(ctx.db) === mine) reading.delete(ctx.db)
  }
}

function remember(ctx: Ctx, args: Args, key: string, sha256: string, sheet: Sheet): ReadFile {
  const columns = mapColumns(sheet, args.kind, args.mapping)
  const labels = new Map(fieldsOf[args.kind].map((d) => [d.field, d.label]))
  const file = { sha256, input: { kind: args.kind, sheet, columns, labels } }
  lastRead.set(ctx.db, { key, file })
  return file
}

function plan(ctx: Ctx, file: ReadFile, args: Args): Plan {
  const lookup = loadLookup(ctx.db)
  let defaultArea = null
  if (args.defaultAreaId !== undefined) {
    defaultArea = lookup.areas.byId(args.defaultAreaId) ?? null
    if (!defaultArea) throw new AppError('VALIDATION', '所选默认村(社区)不存在或已作废', 'defaultAreaId')
  }
  const p = planImport(ctx, { ...file.input, lookup, unitOptions: { defaultArea, createAreas: args.createAreas } })
  const has = (f: ImportField) => file.input.columns.byField.has(f)
  p.problems.unshift(...missingColumnNotices({ kind: args.kind, has, lookup, defaultAreaChosen: args.defaultAreaId !== undefined }))
  p.counts.warnings = p.problems.filter((x) => x.level === 'warning').length
  return p
}

const sheetErrors = (p: Plan): ImportProblem[] => p.problems.filter((x) => x.row === null && x.level === 'error')
const canCommit = (p: Plan, args: Args): boolean => sheetErrors(p).length === 0 && (p.counts.error === 0 || args.skipInvalid)

function fieldInfo(file: ReadFile): ImportFieldInfo[] {
  return fieldsOf[file.input.kind].map((d) => {
    const c = file.input.columns.byField.get(d.field)
    return { field: d.field, label: d.label, required: d.required, column: c?.letter ?? null }
  })
}

export async function previewImport(ctx: Ctx, args: Args): Promise<ImportPreview> {
  const file = await readFile(ctx, args)
  const p = plan(ctx, file, args)
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
 * or none. Rows with errors refuse the whole import unless the user chose to skip them.
 */
export async function commitImport(ctx: Ctx, args: Args): Promise<ImportReport> {
  const file = await readFile(ctx, args)
  const result = inTx(ctx, (): ImportReport => {
    const p = plan(ctx, file, args)
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
    const batchId = writePlan(ctx, p, { kind: args.kind, fileName: args.fileName, fileSha256: file.sha256, sheet: report.sheet }, report)
    return { batchId, ...report }
  })
  // Told once the data is in, so that open lists (subjects, cases, dashboard) can reload.
  if (result.batchId !== null) ctx.emit('import/committed', { batchId: result.batchId, kind: args.kind })
  return result
}
