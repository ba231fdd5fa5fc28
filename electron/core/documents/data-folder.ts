import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Ctx } from '../context'

const scratch = new WeakMap<Ctx, string>()
const made: string[] = []
let cleanup = false

/**
 * Where issued files and staff's templates live: the data folder. An in-memory app (tests) has
 * none, so it gets a temporary folder of its own, removed when the process ends.
 */
export function dataFolder(ctx: Ctx): string {
  if (ctx.dataDir !== null) return ctx.dataDir
  let dir = scratch.get(ctx)
  if (dir === undefined) {
    dir = mkdtempSync(join(tmpdir(), 'firedesk-memory-'))
    made.push(dir)
    scratch.set(ctx, dir)
    if (!cleanup) {
      cleanup = true
      process.once('exit', () => {
        for (const d of made) rmSync(d, { recursive: true, force: true })
      })
    }
  }
  return dir
}
