import { buildSync } from 'esbuild'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'

const OUTPUT = join(__dirname, '..', '..', 'test-output')

/**
 * One CommonJS bundle of a TypeScript entry, for a child process or a worker thread to load: one
 * started under tsx compiles and loads the whole core again, a second or more apiece. The bundle
 * leaves the packages out and is written inside the project (test-output, which git ignores), so
 * they are required from the project's node_modules.
 */
export function bundle(entry: string): { file: string; remove: () => void } {
  mkdirSync(OUTPUT, { recursive: true })
  const dir = mkdtempSync(join(OUTPUT, 'bundle-'))
  const file = join(dir, basename(entry).replace(/\.ts$/, '.cjs'))
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile: file, logLevel: 'silent' })
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
