import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { DocumentKindCode } from './types'

/*
 * The templates shipped with FireDesk: templates/<kind>.docx at the app root. That is the working
 * directory in development, tests and the CLI; the packaged app points FIREDESK_TEMPLATES_DIR at
 * its resources folder. Staff's own replacements are not read from here: the register passes them
 * to render() itself.
 */
export function builtinTemplatesDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.FIREDESK_TEMPLATES_DIR ?? 'templates')
}

const cache = new Map<string, Buffer>()

/** The shipped template of a kind, read once (a batch of 500 letters reads it once). */
export function builtinTemplate(kind: DocumentKindCode): Buffer {
  const file = join(builtinTemplatesDir(), `${kind}.docx`)
  let bytes = cache.get(file)
  if (!bytes) cache.set(file, (bytes = readFileSync(file)))
  return bytes
}
