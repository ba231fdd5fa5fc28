import type { Ctx } from '../../context'
import { kindOf } from '../kinds'
import { closeBatch, combinedPathOf, isRunning, registeredLetters } from './batch'
import * as batches from './batch-repo'
import { writeMerged } from './combined'
import { absolutePath } from './files'
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
    const first = letters[0]?.number ?? null
    const last = letters.at(-1)?.number ?? null
    const ended = { batchId: b.id, kind: b.kind, year: (letters[0]?.issueDate ?? ctx.clock.today()).slice(0, 4), first, last }
    const path = combinedPathOf(ended)
    const combined =
      letters.length > 0
        ? { path, sha256: writeMerged(registeredLetters(ctx, letters.map((l) => l.id)), absolutePath(ctx, path), b.id).sha256 }
        : null
    closeBatch(ctx, { ...ended, total: b.total, issued: letters.length, combined, cancelled: false, interrupted: true })
    closed.push({ batchId: b.id, kind: b.kind, kindName: kindOf(b.kind).name, total: b.total, issued: letters.length, firstNumber: first, lastNumber: last })
  }
  return closed
}
