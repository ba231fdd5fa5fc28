import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Ctx } from '../context'

const scratch = new WeakMap<Ctx, string>()

/**
 * Where issued files and staff's templates live: the data folder. An in-memory app (tests) has
 * none, so it gets a temporary folder of its own, removed when the process ends.
 */
export function dataFolder(ctx: Ctx): string {
  if (ctx.dataDir !== null) return ctx.dataDir
  let dir = scratch.get(ctx)
  if (dir === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'firedesk-memory-'))
    process.once('exit', () => rmSync(made, { recursive: true, force: true }))
    scratch.set(ctx, made)
    dir = made
  }
  return dir
}
