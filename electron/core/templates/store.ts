import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Ctx } from '../context'
import { builtinTemplate } from '../documents/builtin'
import { dataFolder } from '../documents/data-folder'
import type { DocumentKindCode } from '../documents/types'

/*
 * Staff's own templates: <data folder>/templates/<kind>.docx replaces the shipped one for that
 * kind (the backup carries this folder). A copy that is replaced or restored is moved to
 * templates/history/, never deleted.
 */

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

export const templatesDir = (ctx: Ctx): string => join(dataFolder(ctx), 'templates')
const customFile = (ctx: Ctx, kind: DocumentKindCode): string => join(templatesDir(ctx), `${kind}.docx`)
const historyDir = (ctx: Ctx): string => join(templatesDir(ctx), 'history')

export interface TemplateInUse {
  bytes: Buffer
  sha256: string
  custom: boolean
}

/** The template an issue renders with now: staff's copy when there is one, else the shipped one. */
export function templateInUse(ctx: Ctx, kind: DocumentKindCode): TemplateInUse {
  const file = customFile(ctx, kind)
  const bytes = existsSync(file) ? readFileSync(file) : null
  if (bytes) return { bytes, sha256: sha256Of(bytes), custom: true }
  const shipped = builtinTemplate(kind)
  return { bytes: shipped, sha256: sha256Of(shipped), custom: false }
}

/** When staff's copy was put in place, or null when the shipped one is in use. */
export function customSince(ctx: Ctx, kind: DocumentKindCode): string | null {
  const file = customFile(ctx, kind)
  return existsSync(file) ? statSync(file).mtime.toISOString() : null
}

export function previousCopies(ctx: Ctx, kind: DocumentKindCode): number {
  const dir = historyDir(ctx)
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(`${kind}-`)).length : 0
}

/** Moves staff's current copy (if any) into history; returns its name there. */
function setAside(ctx: Ctx, kind: DocumentKindCode): string | null {
  const file = customFile(ctx, kind)
  if (!existsSync(file)) return null
  mkdirSync(historyDir(ctx), { recursive: true })
  const name = `${kind}-${ctx.clock.now().replace(/[-:.]/g, '')}-${ctx.newId()}.docx`
  renameSync(file, join(historyDir(ctx), name))
  return name
}

/** Puts `bytes` in use for `kind` (already checked); the copy it replaces is kept aside. */
export function putCustom(ctx: Ctx, kind: DocumentKindCode, bytes: Uint8Array): { previous: string | null } {
  mkdirSync(templatesDir(ctx), { recursive: true })
  const temp = join(templatesDir(ctx), `.${kind}-${ctx.newId()}.tmp`)
  writeFileSync(temp, bytes)
  const previous = setAside(ctx, kind)
  renameSync(temp, customFile(ctx, kind))
  return { previous }
}

/** Back to the shipped template; staff's copy is kept aside. */
export function removeCustom(ctx: Ctx, kind: DocumentKindCode): { previous: string | null } {
  return { previous: setAside(ctx, kind) }
}
