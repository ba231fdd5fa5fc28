import { join } from 'node:path'
import { stmt } from '../cases/sql'
import type { Ctx } from '../context'
import { DB_FILE } from '../paths'
import type { ReportSource } from './schema'

/** Which data file, in which state, at what time: printed on every summary. */
export function reportSource(ctx: Ctx): ReportSource {
  const counts = stmt(ctx.db, "SELECT coalesce(sum(status <> 'voided'), 0) AS cases, coalesce(sum(status = 'voided'), 0) AS voided FROM cases").get() as {
    cases: number
    voided: number
  }
  const last = stmt(ctx.db, 'SELECT max(updated_at) AS at FROM cases').get() as { at: string | null }
  const version = stmt(ctx.db, 'SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }
  return {
    takenAt: ctx.clock.now(),
    today: ctx.clock.today(),
    dataFile: ctx.dataDir === null ? null : join(ctx.dataDir, DB_FILE),
    schemaVersion: version.v ?? 0,
    cases: counts.cases,
    voided: counts.voided,
    lastChangeAt: last.at,
  }
}
