import type { Ctx } from '../../context'
import { kindOf } from '../kinds'
import { closeBatch, isRunning } from './batch'
import * as batches from './batch-repo'
import { DocxMerger } from './merge'
import { issuedBytes } from './service'
import type { InterruptedBatch } from './types'

/*
 * A batch the program stopped in the middle of (closed, killed, a power cut) has numbered and
 * registered some letters but never recorded its end: it read "issued 0" without a combined file.
 * At the next start it is closed as interrupted, with the letters it did issue merged into one
 * file for printing, so staff see what went out and can print it.
 */

export function closeInterruptedBatches(ctx: Ctx): InterruptedBatch[] {
  const closed: InterruptedBatch[] = []
  for (const b of batches.unfinishedBatches(ctx.db)) {
    if (isRunning(b.id)) continue
    const letters = batches.batchLetters(ctx.db, b.id)
    let merged: Buffer | null = null
    if (letters.length > 0) {
      const merger = new DocxMerger()
      for (const l of letters) merger.add(issuedBytes(ctx, l.id).bytes)
      merged = merger.finish()
    }
    const first = letters[0]?.number ?? null
    const last = letters.at(-1)?.number ?? null
    const year = (letters[0]?.issueDate ?? ctx.clock.today()).slice(0, 4)
    closeBatch(ctx, { batchId: b.id, kind: b.kind, total: b.total, issued: letters.length, year, first, last, merged, cancelled: false, interrupted: true })
    closed.push({ batchId: b.id, kind: b.kind, kindName: kindOf(b.kind).name, total: b.total, issued: letters.length, firstNumber: first, lastNumber: last })
  }
  return closed
}
