import type { Clock, IdFactory } from './clock'
import type { Db } from './db/open'

/** What every service receives: the data file, the clock, ids, and who is working. */
export interface Ctx {
  readonly db: Db
  readonly clock: Clock
  readonly newId: IdFactory
  /** The data folder in use, or null for an in-memory database (tests). */
  readonly dataDir: string | null
  /** The office's own data folder, which the program was started on (the demo folder lies inside it). */
  readonly homeDir: string | null
  /** The operator on duty (or the name in settings when none is chosen), recorded on every write. */
  operator(): string
  /** This program's session: the operator on duty, chosen at start; null until one is chosen. */
  readonly session: { operatorId: string | null }
  /** Pushes an event to the renderer (progress of long jobs). */
  emit(event: string, payload: unknown): void
  /**
   * Closes the data file, lets `replace` swap files on disk (restore from a backup), then opens
   * and migrates the file again; `db` is the new connection afterwards.
   */
  reopenWith(replace: (dbFile: string) => void): void
  /**
   * Closes the data file and opens (creating and migrating) the one in another folder: the demo
   * folder, or back to `homeDir`. Nobody is on duty afterwards: each folder has its own operators.
   */
  moveTo(dataDir: string): void
}

/** Runs `fn` in one SQLite transaction: all of it is written, or none. */
export function inTx<T>(ctx: Ctx, fn: () => T): T {
  return ctx.db.transaction(fn)()
}
