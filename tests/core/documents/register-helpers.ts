import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PizZip from 'pizzip'
import { afterEach } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { T0 } from '../helpers'
import { textOf } from './docx'

export type DocsApp = FiredeskApp & { clock: ReturnType<typeof fixedClock>; dir: string; events: { event: string; payload: unknown }[] }

/**
 * Apps on temporary data folders (issued files are real files), with a fixed clock (today is
 * 2024-03-05) and predictable ids; all closed and removed after each test.
 */
export function useDocsApps(): (opts?: { dir?: string; idPrefix?: string }) => DocsApp {
  const opened: DocsApp[] = []
  const dirs: string[] = []
  afterEach(() => {
    for (const app of opened.splice(0)) app.close()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return (opts = {}) => {
    const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'firedesk-docs-'))
    if (!opts.dir) dirs.push(dir)
    const clock = fixedClock(T0)
    const events: DocsApp['events'] = []
    const app = openApp({ dataDir: dir, clock, newId: sequentialIds(opts.idPrefix), logError: () => {}, onEvent: (event, payload) => events.push({ event, payload }) })
    const docsApp = Object.assign(app, { clock, dir, events })
    opened.push(docsApp)
    return docsApp
  }
}

/** The visible text of a .docx's body, headers and footers. */
export function docxText(bytes: Uint8Array): string {
  const zip = new PizZip(bytes)
  return Object.keys(zip.files)
    .filter((n) => /^word\/(document|header\w*|footer\w*)\.xml$/.test(n))
    .sort()
    .map((n) => textOf(zip.file(n)?.asText() ?? ''))
    .join('\n')
}

export const fileText = (path: string): string => docxText(readFileSync(path))

export { letterData } from './register-helpers-data'
