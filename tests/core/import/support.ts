import type { FiredeskApp } from '../../../electron/core/app'
import type { ImportArgs } from '../../../electron/core/import/schema'
import { testApp } from '../helpers'

/** The office day the ledgers are imported on: after the two quarters they cover. */
export const IMPORT_DAY = '2024-07-01T02:00:00.000Z'

/** An app with the two villages the messy ledger names. */
export async function ledgerApp() {
  const app = testApp(IMPORT_DAY)
  await app.call('areas/create', { name: '柳黄头村' })
  await app.call('areas/create', { name: '长江村' })
  return app
}

export const casesFile = (bytes: Buffer, more: Partial<ImportArgs> = {}): ImportArgs => ({
  kind: 'cases',
  fileName: '台账.xlsx',
  dataBase64: bytes.toString('base64'),
  ...more,
})

/** Row counts of the tables an import writes, to prove what it did or did not write. */
export function tableCounts(app: FiredeskApp): Record<string, number> {
  const n = (table: string) => (app.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  return Object.fromEntries(['areas', 'subjects', 'cases', 'case_events', 'audit_log', 'import_batches', 'import_rows'].map((t) => [t, n(t)]))
}
