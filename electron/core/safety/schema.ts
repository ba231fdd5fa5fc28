import { z } from 'zod'

/*
 * Caps on outside files, checked before anything is read: a 210 KB template that inflates to
 * 200 MB, a million-row workbook or a backup entry of gigabytes would otherwise eat the memory
 * and freeze the app. Each is a setting (settings key → value) with a default that fits a
 * township office's real files many times over.
 */

const cap = (label: string, max: number) =>
  z.number({ error: `${label}必须是数字` }).int(`${label}必须是整数`).min(1, `${label}至少为1`).max(max, `${label}不能超过${max}`)

export const limitsShape = {
  maxTemplateKb: cap('模板文件大小上限（KB）', 1024 * 1024),
  maxTemplateUnpackedKb: cap('模板解压后大小上限（KB）', 4 * 1024 * 1024),
  maxImportMb: cap('导入文件大小上限（MB）', 4096),
  maxImportUnpackedMb: cap('导入文件解压后大小上限（MB）', 16 * 1024),
  maxImportRows: cap('导入行数上限', 10_000_000),
  maxFileEntries: cap('模板和导入文件的压缩条目数上限', 10_000_000),
  maxBackupEntries: cap('备份文件条目数上限', 10_000_000),
  maxBackupUnpackedMb: cap('备份解压后大小上限（MB）', 1024 * 1024),
  maxManifestKb: cap('备份清单大小上限（KB）', 1024 * 1024),
}

export const limitsDefaults: { [K in keyof typeof limitsShape]: number } = {
  maxTemplateKb: 10 * 1024,
  maxTemplateUnpackedKb: 50 * 1024,
  maxImportMb: 40,
  maxImportUnpackedMb: 300,
  maxImportRows: 200_000,
  maxFileEntries: 5_000,
  maxBackupEntries: 200_000,
  maxBackupUnpackedMb: 16 * 1024,
  maxManifestKb: 32 * 1024,
}

export type Limits = typeof limitsDefaults

/** The caps in force, picked out of the loaded settings (settings over defaults). */
export function limitsOf(settings: Limits): Limits {
  return Object.fromEntries(Object.keys(limitsDefaults).map((k) => [k, settings[k as keyof Limits]])) as Limits
}

/** A compressed entry inflating more than this many times is a zip bomb, not an office file. */
export const MAX_INFLATE_RATIO = 200

/** Ratios are only judged above this size: tiny parts (an empty .xml) compress absurdly well. */
export const RATIO_FLOOR = 1024 * 1024
