import { readFileSync, statSync } from 'node:fs'
import { AppError } from '../errors'
import { DAMAGED_WORKBOOK } from '../import/sheet/xlsx'
import type { Settings } from '../settings/schema'
import { checkOfficeZip, type OfficeZipCaps } from './office-zip'

/*
 * The caps on the files staff bring in (a template, a workbook or CSV to import, a task list),
 * taken from the settings and checked before the file is decoded or read: the size first, from
 * the base64 length alone, then the zip's directory and rows (office-zip.ts).
 */

export interface FileCaps extends OfficeZipCaps {
  maxBytes: number
  /** the setting's name, said when the file is too large */
  sizeName: string
}

const KB = 1024
const MB = 1024 * 1024

export const templateCaps = (s: Settings): FileCaps => ({
  label: '模板文件',
  field: 'base64',
  maxBytes: s.maxTemplateKb * KB,
  sizeName: `${s.maxTemplateKb} KB（模板文件大小上限）`,
  maxEntries: s.maxFileEntries,
  maxUnpackedBytes: s.maxTemplateUnpackedKb * KB,
})

export const importCaps = (s: Settings): FileCaps => ({
  label: '导入文件',
  field: 'dataBase64',
  maxBytes: s.maxImportMb * MB,
  sizeName: `${s.maxImportMb} MB（导入文件大小上限）`,
  maxEntries: s.maxFileEntries,
  maxUnpackedBytes: s.maxImportUnpackedMb * MB,
  maxRows: s.maxImportRows,
  damaged: DAMAGED_WORKBOOK,
})

/** The byte length base64 text decodes to, without decoding it. */
function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

const sizeText = (bytes: number): string => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / KB)} KB`)

/** Throws when a file of `size` bytes is over its cap; the CLI asks before it reads the file. */
export function checkFileSize(size: number, caps: FileCaps): void {
  if (size > caps.maxBytes) throw new AppError('VALIDATION', `${caps.label}有 ${sizeText(size)}，超过 ${caps.sizeName}，已拒绝`, caps.field)
}

/** A file from disk (the command line), its size checked before a byte is read. */
export function readCappedFile(path: string, caps: FileCaps): Buffer {
  checkFileSize(statSync(path).size, caps)
  return readFileSync(path)
}

/** The file's bytes once its size, zip directory and rows are within the caps. */
export async function cappedBytes(base64: string, caps: FileCaps): Promise<Buffer> {
  checkFileSize(decodedLength(base64), caps)
  const bytes = Buffer.from(base64, 'base64')
  await checkOfficeZip(bytes, caps)
  return bytes
}

/** Rows of a CSV file, counted as line breaks before it is decoded or parsed. */
export function checkCsvRows(bytes: Buffer, caps: FileCaps): void {
  if (caps.maxRows === undefined) return
  let rows = 0
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) {
    if (++rows > caps.maxRows) throw new AppError('VALIDATION', `${caps.label}超过 ${caps.maxRows} 行（导入行数上限），已拒绝`, caps.field)
  }
}
