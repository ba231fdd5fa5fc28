import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { systemClock, ulidIds, type Clock, type IdFactory } from './clock'
import type { ArgsOf, Envelope, HandlerName, ResultOf } from './contract'
import type { Ctx } from './context'
import { migrate } from './db/migrate'
import { checkDemoFolder } from './demo/place'
import { openDb, toWal, type Db } from './db/open'
import { openFailed } from './db/refusals'
import { toAppErrorData } from './errors'
import { allHandlers } from './handlers'
import { DB_FILE } from './paths'
import { Registry, type HandlerDef } from './registry'
import { dutyName } from './operators/duty'
import { refuseWhileJobWrites } from './worker/writer'

export interface AppOptions {
  /** The data folder; null opens an in-memory database (tests). */
  dataDir: string | null
  clock?: Clock
  newId?: IdFactory
  handlers?: readonly HandlerDef[]
  onEvent?: (event: string, payload: unknown) => void
  /** Where unexpected errors are reported (their details never reach the renderer). */
  logError?: (handler: string, err: unknown) => void
}

export interface FiredeskApp {
  readonly ctx: Ctx
  readonly dbFile: string | null
  /** The boundary: never throws, answers an envelope. */
  invoke(name: string, args: unknown): Promise<Envelope<unknown>>
  /** Typed call for tests, the CLI and the demo generator: throws AppError. */
  call<N extends HandlerName>(name: N, args: ArgsOf<N>): Promise<ResultOf<N>>
  handlerNames(): string[]
  close(): void
}

function openMigrated(dbFile: string | null, clock: Clock): Db {
  let db: Db
  try {
    db = openDb(dbFile ?? ':memory:', { walLater: true })
  } catch (e) {
    throw openFailed(dbFile ?? undefined, e)
  }
  try {
    migrate(db, { file: dbFile ?? undefined, now: clock.now })
    toWal(db)
    return db
  } catch (e) {
    db.close()
    throw openFailed(dbFile ?? undefined, e)
  }
}

/** Opens (creating if needed) and migrates the data file, and wires every handler. */
export function openApp(opts: AppOptions): FiredeskApp {
  const clock = opts.clock ?? systemClock
  let dataDir = opts.dataDir
  const fileIn = (dir: string | null): string | null => {
    if (dir === null) return null
    mkdirSync(dir, { recursive: true })
    return join(dir, DB_FILE)
  }
  let dbFile = fileIn(dataDir)
  let db = openMigrated(dbFile, clock)
  const session = { operatorId: null as string | null }
  const ctx: Ctx = {
    get db() {
      return db
    },
    clock,
    newId: opts.newId ?? ulidIds(),
    get dataDir() {
      return dataDir
    },
    homeDir: opts.dataDir,
    operator: () => dutyName(db, session.operatorId),
    session,
    emit: (event, payload) => opts.onEvent?.(event, payload),
    reopenWith(replace) {
      if (dbFile === null) throw new Error('an in-memory database cannot be replaced')
      refuseWhileJobWrites(dataDir)
      db.close()
      // The restored file has its own operators: whoever was on duty chooses again.
      session.operatorId = null
      try {
        replace(dbFile)
      } finally {
        db = openMigrated(dbFile, clock)
      }
    },
    moveTo(dir) {
      refuseWhileJobWrites(dataDir)
      const file = fileIn(dir)
      // Opened first: a folder that cannot be opened leaves the current one in use.
      const next = openMigrated(file, clock)
      db.close()
      db = next
      dataDir = dir
      dbFile = file
      session.operatorId = null
    },
  }
  const registry = new Registry(opts.handlers ?? allHandlers)
  const logError = opts.logError ?? ((name, err) => console.error(`[firedesk] ${name} failed:`, err))

  return {
    ctx,
    get dbFile() {
      return dbFile
    },
    async invoke(name, args) {
      try {
        checkDemoFolder(ctx)
        return { ok: true, data: await registry.invoke(name, args, ctx) }
      } catch (e) {
        const error = toAppErrorData(e)
        if (error.code === 'INTERNAL') logError(name, e)
        return { ok: false, error }
      }
    },
    async call(name, args) {
      checkDemoFolder(ctx)
      return (await registry.invoke(name, args, ctx)) as ResultOf<typeof name>
    },
    handlerNames: () => registry.names(),
    close: () => db.close(),
  }
}
