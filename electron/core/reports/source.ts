import { join } from 'node:path'
import { stmt } from '../cases/sql'
import type { Ctx } from '../context'
import { DB_FILE } from '../paths'
import type { ReportSource } from './schema'

/** Which data file, in which state, at what time: printed on every summary. */
export function reportSource(ctx: Ctx): ReportSource {
  // a bare count(*) counts b-tree cells without reading them, and the voided few are a range of
  // the status index: a tenth of the time of reading every case's status
  const all = stmt(ctx.db, 'SELECT count(*) FROM cases').pluck().get() as number
  const voided = stmt(ctx.db, "SELECT count(*) FROM cases WHERE status = 'voided'").pluck().get() as number
  const last = stmt(ctx.db, 'SELECT max(updated_at) AS at FROM cases').get() as { at: string | null }
  const version = stmt(ctx.db, 'SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }
  return {
    takenAt: ctx.clock.now(),
    today: ctx.clock.today(),
    dataFile: ctx.dataDir === null ? null : join(ctx.dataDir, DB_FILE),
    schemaVersion: version.v ?? 0,
    cases: all - voided,
    voided,
    lastChangeAt: last.at,
  }
}
