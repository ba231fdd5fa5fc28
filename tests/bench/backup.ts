import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../../electron/core/app'
import { createBackup } from '../../electron/core/backup/service'
import { demoLedgerDir } from './demo-ledger'
import { measure, type BenchResult } from './measure'

/** A full backup (.zip with the database, attachments, templates, documents and manifest) of the demo ledger. */
export async function bench(): Promise<BenchResult[]> {
  const app = openApp({ dataDir: demoLedgerDir() })
  const out = mkdtempSync(join(tmpdir(), 'firedesk-bench-backup-'))
  try {
    let size = 0
    const result = await measure(
      'backup/create of the 100 000-case data folder',
      5000,
      async () => {
        size = (await createBackup(app.ctx, { dir: out, kind: 'manual' })).size
      },
      3,
    )
    console.log(`backup file: ${(size / 1024 / 1024).toFixed(1)} MB`)
    return [result]
  } finally {
    app.close()
    rmSync(out, { recursive: true, force: true })
  }
}
