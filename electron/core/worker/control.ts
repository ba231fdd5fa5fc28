import { AppError } from '../errors'
import type { Ctx } from '../context'

/** How far a long job is: `done` of `total` units of its own kind (rows, bytes, steps). */
export interface JobProgress {
  done: number
  total: number
}

/**
 * What a running job gets, on the calling thread or a worker alike: the data file to work on (the
 * caller's connection, or the worker's own), a check that throws when the caller cancelled, and a
 * way to say how far it is. A job calls `check` between its units of work, so a cancelled job
 * stops at a point where its transaction is rolled back whole.
 */
export interface JobRun {
  ctx(): Ctx
  check(): void
  progress(done: number, total: number): void
}

export const cancelled = (): AppError => new AppError('ILLEGAL_STATE', '已取消，未作任何改动')
