import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDb } from '../../../electron/core/db/open'
import { DB_FILE } from '../../../electron/core/paths'

describe('a writer killed in the middle of a batch of writes', () => {
  it('leaves an intact database holding every committed row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firedesk-crash-'))
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'writer-child.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] })
      let lastCommitted = 0
      await new Promise<void>((resolve, reject) => {
        child.on('error', reject)
        child.on('exit', () => resolve())
        child.stdout.setEncoding('utf8')
        child.stdout.on('data', (chunk: string) => {
          const m = [...chunk.matchAll(/committed (\d+)/g)].at(-1)
          if (m) lastCommitted = Number(m[1])
          if (lastCommitted >= 150 && !child.killed) child.kill('SIGKILL')
        })
      })
      expect(child.signalCode).toBe('SIGKILL')
      const db = openDb(join(dir, DB_FILE))
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const batches = db.prepare("SELECT count(*) AS n, count(DISTINCT substr(id, 1, instr(id, '-'))) AS b FROM subjects").get() as { n: number; b: number }
      expect(batches.b).toBeGreaterThanOrEqual(lastCommitted)
      expect(batches.n).toBe(batches.b * 20)
      db.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
