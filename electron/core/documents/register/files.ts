import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Ctx } from '../../context'
import { confinedPath } from '../../safety/confine'
import { dataFolder } from '../data-folder'

/*
 * Issued files live in <data folder>/documents/<year>/, named by their 文号 so staff recognise
 * them in a file manager. The register stores the path relative to the data folder, so a data
 * folder moved or restored elsewhere still finds its files.
 */

/** Characters Windows refuses in a file name, and control characters. */
const unsafe = /[\\/:*?"<>|\u0000-\u001f]/g

export const fileNameOf = (base: string): string => `${base.replace(unsafe, '_').trim()}.docx`

export function relativePathOf(year: number, base: string): string {
  return `documents/${year}/${fileNameOf(base)}`
}

/** The file of a stored path; a path that would leave the data folder (a crafted restore) is refused. */
export const absolutePath = (ctx: Ctx, relative: string): string => confinedPath(dataFolder(ctx), relative, '文书文件路径')

/** Writes through a temporary file, so a crash never leaves half a document under its real name. */
export function writeFileAtomic(path: string, bytes: Uint8Array, tempId: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const temp = `${path}.${tempId}.tmp`
  writeFileSync(temp, bytes)
  renameSync(temp, path)
}
