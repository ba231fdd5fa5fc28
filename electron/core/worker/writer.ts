import type { Ctx } from '../context'
import { BUSY_TIMEOUT_MS } from '../db/open'
import { AppError } from '../errors'

/*
 * One SQLite writer: a job that writes on a worker owns the write connection for its run (its
 * own connection, one transaction), and the caller's connection stays a reader meanwhile. SQLite
 * would make a second writer wait, and on the calling thread that wait is the frozen window this
 * is about; so the caller's connection stops waiting (busy_timeout 0: a write fails at once,
 * rolled back, with words saying why), and what would swap the data file is refused up front.
 */

const writing = new Map<string, string>()

/** What a job is writing into `dataDir` now ('导入' …), or null. */
export const jobWriting = (dataDir: string | null): string | null => (dataDir === null ? null : (writing.get(dataDir) ?? null))

/** Refuses what would replace or leave the data file while a job writes into it. */
export function refuseWhileJobWrites(dataDir: string | null): void {
  const what = jobWriting(dataDir)
  if (what !== null) throw new AppError('ILLEGAL_STATE', `正在${what}，请等它完成或取消后再试`)
}

export async function asTheWriter<T>(ctx: Ctx, what: string, run: () => Promise<T>): Promise<T> {
  const dataDir = ctx.dataDir
  if (dataDir === null) return run()
  refuseWhileJobWrites(dataDir)
  writing.set(dataDir, what)
  const db = ctx.db
  db.pragma('busy_timeout = 0')
  try {
    return await run()
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    writing.delete(dataDir)
  }
}
