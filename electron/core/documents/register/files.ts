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

/** Long titles are cut so the whole path stays well inside what Windows accepts. */
const MAX_BASE = 80

export const fileNameOf = (base: string): string => `${base.replace(unsafe, '_').replace(/\s+/g, ' ').trim().slice(0, MAX_BASE).trim()}.docx`

export function relativePathOf(year: number, base: string): string {
  return `documents/${year}/${fileNameOf(base)}`
}

/**
 * The name staff see: a numbered document by its 文号 and title, one without a number (约谈笔录)
 * by its date, title and who it concerns — never an internal id. A 文号 is never given twice;
 * two unnumbered documents of the same day and person get （2）, （3）… so neither overwrites the other.
 */
export function documentPathOf(year: number, s: { number: string | null; title: string; issueDate: string; recipient: string }, taken: (path: string) => boolean): string {
  const base = s.number === null ? [s.issueDate, s.title, s.recipient].filter((x) => x !== '').join(' ') : s.number === s.title ? s.number : `${s.number} ${s.title}`
  let path = relativePathOf(year, base)
  for (let n = 2; s.number === null && taken(path); n++) path = relativePathOf(year, `${base}（${n}）`)
  return path
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
