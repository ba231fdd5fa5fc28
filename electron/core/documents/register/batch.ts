import { existsSync, readFileSync } from 'node:fs'
import { audit, stamp } from '../../audit'
import { inTx, type Ctx } from '../../context'
import { AppError, isAppError } from '../../errors'
import { loadSettings } from '../../settings/service'
import * as subjects from '../../subjects/repo'
import { sha256Of, templateInUse } from '../../templates/store'
import { kindOf } from '../kinds'
import { absolutePath, fileNameOf } from './files'
import { issuedBytes } from './service'
import { issueWithBytes, type IssueContext } from './issue'
import * as batches from './batch-repo'
import { writeMerged, type IssuedLetter } from './combined'
import { runJob } from '../../worker/run'
import type { BatchInput } from './schema'
import type { DocumentKindCode } from '../types'
import type { BatchProgress, BatchResult, DocumentFile } from './types'

/*
 * Batch letters: one letter kind to every live subject of a subjects-list filter. Each letter is
 * issued in its own transaction (a cancelled or failed batch keeps the letters already issued,
 * each with its number), the loop yielding between letters; then all are merged into one file for
 * printing on a worker (for a data folder), from their files. Subjects are read a page at a time
 * and each letter's bytes are released once written, so memory follows the output only.
 */

const PAGE = 100
/** Batches running in this process, by id: a cancel request sets the flag the loop checks. */
const running = new Map<string, { cancelled: boolean }>()

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** Whether the batch runs in this process now (an unfinished one that does not was interrupted). */
export const isRunning = (batchId: string): boolean => running.has(batchId)

export function cancelBatch(batchId: string): { cancelled: boolean } {
  const job = running.get(batchId)
  if (job) job.cancelled = true
  return { cancelled: job !== undefined }
}

function filterOf(input: BatchInput, page: number): subjects.SubjectFilter {
  return { ...input.filter, status: 'live', sort: 'name', order: 'asc', page, pageSize: PAGE }
}

const combinedName = (kindName: string, batchId: string, first: string | null, last: string | null): string =>
  first && last ? `${kindName}（${first}至${last}）` : `${kindName}（批量${batchId}）`

export async function runBatch(ctx: Ctx, input: BatchInput): Promise<BatchResult> {
  const kind = kindOf(input.kind)
  const batchId = input.batchId ?? ctx.newId()
  if (running.has(batchId) || batches.getBatch(ctx.db, batchId)) throw new AppError('CONFLICT', '该批次已存在，请重新发起', 'batchId')
  const { recipient: _recipient, number: _number, ...letter } = input.data
  // The shared text is checked once, before anything is numbered.
  const checked = kind.parse({ ...letter, recipient: '（受函单位）', number: '待编号' })
  const total = subjects.list(ctx.db, filterOf(input, 1)).total
  if (total === 0) throw new AppError('VALIDATION', '筛选条件下没有监管对象', 'filter')
  const given: IssueContext = { settings: loadSettings(ctx.db), template: templateInUse(ctx, input.kind) }
  inTx(ctx, () => {
    const { at, by } = stamp(ctx)
    batches.insertBatch(ctx.db, { id: batchId, kind: input.kind, total, at, by })
    audit(ctx, { action: 'startBatch', entity: 'documentBatch', entityId: batchId, data: { kind: input.kind, total, filter: input.filter } })
  })

  const job = { cancelled: false }
  running.set(batchId, job)
  const letters: (IssuedLetter & { id: string })[] = []
  let first: string | null = null
  let last: string | null = null
  let failure: unknown = null
  const progress = (done: number): void => ctx.emit('documents/batch', { batchId, done, total } satisfies BatchProgress)
  try {
    progress(0)
    // Pages are read by position; issuing changes no subject, so the pages stay stable.
    for (let page = 1; (page - 1) * PAGE < total && !job.cancelled && failure === null; page++) {
      for (const s of subjects.list(ctx.db, filterOf(input, page)).rows) {
        await yieldToEventLoop()
        if (job.cancelled) break
        try {
          const { issued } = issueWithBytes(ctx, { kind: input.kind, data: { ...letter, recipient: s.name }, subjectId: s.id, batchId }, given)
          letters.push(issued)
          first ??= issued.number
          last = issued.number
          progress(letters.length)
        } catch (e) {
          failure = isAppError(e) ? new AppError(e.code, `第${letters.length + 1}份（${s.name}）未能签发：${e.message}；之前的${letters.length}份已签发`, e.field) : e
          break
        }
      }
    }
  } finally {
    running.delete(batchId)
  }

  const issued = letters.length
  const ended = { batchId, kind: input.kind, year: String(checked.date).slice(0, 4), first, last }
  const combined = issued > 0 ? await mergedOffThread(ctx, letters, combinedPathOf(ended), batchId) : null
  const combinedPath = closeBatch(ctx, { ...ended, total, issued, combined, cancelled: job.cancelled, interrupted: false })
  if (failure !== null) throw failure
  return { batchId, total, issued, cancelled: job.cancelled, firstNumber: first, lastNumber: last, combinedPath: combinedPath && absolutePath(ctx, combinedPath) }
}

interface BatchEnd {
  batchId: string
  kind: DocumentKindCode
  /** the year folder of documents/ the combined file goes in */
  year: string
  first: string | null
  last: string | null
}

/** The letters' files as registered (made again if one was changed), read one at a time as they are merged. */
export function* registeredLetters(ctx: Ctx, ids: readonly string[]): Generator<Buffer> {
  for (const id of ids) yield issuedBytes(ctx, id).bytes
}

/** Where a batch's combined file goes, relative to the data folder: documents/2024/责令整改通知书（…至…）.docx */
export const combinedPathOf = (b: BatchEnd): string => `documents/${b.year}/${fileNameOf(combinedName(kindOf(b.kind).name, b.batchId, b.first, b.last))}`

/** The combined file written by a worker from the letters' files; merged from the register here if one changed meanwhile. */
async function mergedOffThread(ctx: Ctx, letters: readonly (IssuedLetter & { id: string })[], path: string, tempId: string) {
  const at = absolutePath(ctx, path)
  const input = { letters: letters.map(({ path: file, sha256 }) => ({ path: file, sha256 })), path: at, tempId }
  const sha256 = await runJob('mergeLetters', input, { offThread: ctx.dataDir !== null }).catch((e: unknown) => {
    if (isAppError(e)) throw e
    return writeMerged(registeredLetters(ctx, letters.map((l) => l.id)), at, tempId).sha256
  })
  return { path, sha256 }
}

export interface BatchClose extends BatchEnd {
  total: number
  issued: number
  /** the letters' combined file, written; null when none was issued */
  combined: { path: string; sha256: string } | null
  cancelled: boolean
  interrupted: boolean
}

/** Records the batch's end: how many letters it issued, its combined file, and how it ended. */
export function closeBatch(ctx: Ctx, b: BatchClose): string | null {
  const combinedPath = b.combined?.path ?? null
  inTx(ctx, () => {
    const { at, by } = stamp(ctx)
    batches.finishBatch(ctx.db, { id: b.batchId, issued: b.issued, cancelled: b.cancelled, interrupted: b.interrupted, path: combinedPath, sha256: b.combined?.sha256 ?? null, at, by })
    audit(ctx, {
      action: b.interrupted ? 'interruptBatch' : 'finishBatch',
      entity: 'documentBatch',
      entityId: b.batchId,
      data: { issued: b.issued, total: b.total, cancelled: b.cancelled, first: b.first, last: b.last },
    })
  })
  return combinedPath
}

/** A batch's combined file; merged again from the issued letters when the file is gone. */
export function batchFile(ctx: Ctx, batchId: string): DocumentFile & { path: string } {
  const b = batches.getBatch(ctx.db, batchId)
  if (!b || b.combined_path === null || b.combined_sha256 === null) throw new AppError('NOT_FOUND', '该批次没有合并打印文件', 'batchId')
  const path = absolutePath(ctx, b.combined_path)
  const fileName = b.combined_path.split('/').pop() ?? 'batch.docx'
  const onDisk = existsSync(path) ? readFileSync(path) : null
  if (onDisk && sha256Of(onDisk) === b.combined_sha256) return { fileName, path, sha256: b.combined_sha256, base64: onDisk.toString('base64') }
  const { bytes, sha256 } = writeMerged(registeredLetters(ctx, batches.batchDocumentIds(ctx.db, batchId)), path, ctx.newId())
  return { fileName, path, sha256, base64: bytes.toString('base64') }
}
