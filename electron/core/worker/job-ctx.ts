import { ulidIds } from '../clock'
import type { Ctx } from '../context'
import { openDb } from '../db/open'
import { DB_FILE } from '../paths'
import { join } from 'node:path'

/** What a worker needs to open its own connection to the caller's data file and act as the caller. */
export interface JobSeed {
  dataDir: string
  homeDir: string | null
  /** The instant the job was started: the whole job is stamped with it, as one transaction would be. */
  now: string
  today: string
  operator: string
  operatorId: string | null
  /** Whether the job writes (it then owns the writer for its run: writer.ts); else its connection is read-only. */
  writes: boolean
}

export function seedOf(ctx: Ctx, writes: boolean): JobSeed {
  if (ctx.dataDir === null) throw new Error('a job on an in-memory database runs on the calling thread')
  return { dataDir: ctx.dataDir, homeDir: ctx.homeDir, now: ctx.clock.now(), today: ctx.clock.today(), operator: ctx.operator(), operatorId: ctx.session.operatorId, writes }
}

/** The worker's side: a Ctx on its own connection; events go back to the caller, who passes them on. */
export function ctxOf(seed: JobSeed, emit: (event: string, payload: unknown) => void): Ctx {
  const db = openDb(join(seed.dataDir, DB_FILE), { readonly: !seed.writes })
  const refuse = (): never => {
    throw new Error('a worker cannot swap or move the data file')
  }
  return {
    db,
    clock: { now: () => seed.now, today: () => seed.today },
    newId: ulidIds(),
    dataDir: seed.dataDir,
    homeDir: seed.homeDir,
    operator: () => seed.operator,
    session: { operatorId: seed.operatorId },
    emit,
    reopenWith: refuse,
    moveTo: refuse,
  }
}
