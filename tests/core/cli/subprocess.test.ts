import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { DB_FILE } from '../../../electron/core/paths'

const root = resolve(__dirname, '../../..')

it('runs from the sources with no build step (npx tsx electron/cli/main.ts)', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'firedesk-cli-proc-'))
  try {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'electron/cli/main.ts', '--data', dir, 'init'], { cwd: root })
    expect(stdout).toContain('已创建数据文件')
    expect(existsSync(join(dir, DB_FILE))).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
