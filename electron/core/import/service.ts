import { createHash } from 'node:crypto'
import type { Ctx } from '../context'
import type { Db } from '../db/open'
import { importCaps } from '../safety/file-caps'
import { loadSettings } from '../settings/service'
import { BIG_FILE_BYTES, runJob } from '../worker/run'
import { Running } from '../worker/running'
import { fieldsOf } from './fields'
import { mapColumns } from './header'
import type { ImportPreview, ImportReport } from './schema'
import { fileBytes } from './sheet/read'
import type { Sheet } from './sheet/types'
import type { ImportJobArgs as Args, ReadFile } from './steps'

/**
 * The last file read on each connection: the import page previews a file and then commits the
 * same bytes, and reading a 10 000-row workbook is most of a preview's time.
 */
const lastRead = new WeakMap<Db, { key: string; file: ReadFile }>()

/** The import running on each connection (reading, planning or writing): a newer preview or import/cancel stops it. */
const running = new Running('supersedes')

/** Rows above which planning and writing leave the calling thread: 500 rows plan in about 100 ms. */
const OFF_THREAD_ROWS = 500

/** Stops the import being read, planned or written; nothing of it is written. */
export const cancelImport = (ctx: Ctx): { cancelled: boolean } => running.cancel(ctx.db)

/** Parses the file, a big one on a worker thread (outside any transaction), and maps its columns. */
async function readFile(ctx: Ctx, args: Args, signal: AbortSignal): Promise<ReadFile> {
  const bytes = await fileBytes(args.dataBase64, importCaps(loadSettings(ctx.db)))
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const key = JSON.stringify([sha256, args.fileName, args.kind, args.sheet ?? null, args.mapping])
  const cached = lastRead.get(ctx.db)
  if (cached?.key === key) return cached.file
  const sheet = await runJob('readSheet', { fileName: args.fileName, bytes, sheet: args.sheet }, { offThread: bytes.length > BIG_FILE_BYTES, signal })
  return remember(ctx, args, key, sha256, sheet)
}

function remember(ctx: Ctx, args: Args, key: string, sha256: string, sheet: Sheet): ReadFile {
  const columns = mapColumns(sheet, args.kind, args.mapping)
  const labels = new Map(fieldsOf[args.kind].map((d) => [d.field, d.label]))
  const file = { sha256, input: { kind: args.kind, sheet, columns, labels } }
  lastRead.set(ctx.db, { key, file })
  return file
}

/** Progress of a big import, for the import page: rows planned, then rows written, of twice the rows. */
const progressTo = (ctx: Ctx) => (p: { done: number; total: number }) => ctx.emit('import/progress', p)

export function previewImport(ctx: Ctx, args: Args): Promise<ImportPreview> {
  return running.run(ctx.db, async (signal) => {
    const file = await readFile(ctx, args, signal)
    const offThread = file.input.sheet.rows.length > OFF_THREAD_ROWS
    return runJob('importPreview', { file, args }, { offThread, signal, ctx, onProgress: progressTo(ctx) })
  })
}

/**
 * Plans again against the data as it is now and writes everything in one transaction (steps.ts);
 * a big import on a worker that owns the writer meanwhile.
 */
export async function commitImport(ctx: Ctx, args: Args): Promise<ImportReport> {
  const result = await running.run(ctx.db, async (signal) => {
    const file = await readFile(ctx, args, signal)
    const offThread = file.input.sheet.rows.length > OFF_THREAD_ROWS
    return runJob('importCommit', { file, args }, { offThread, signal, ctx, writes: '导入', onProgress: progressTo(ctx) })
  })
  // Told once the data is in, so that open lists (subjects, cases, dashboard) can reload.
  if (result.batchId !== null) ctx.emit('import/committed', { batchId: result.batchId, kind: args.kind })
  return result
}
