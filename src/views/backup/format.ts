import type { BackupInfo } from '../../../electron/core/backup/schema'
import { t } from '../../locales'

/** The manifest's tables in the order people think of them; other tables are not shown. */
const COUNTED = ['subjects', 'cases', 'areas', 'documents', 'interviews', 'supervisions'] as const

/** 「监管对象 20 个、隐患 35 条」: what a backup holds, empty tables left out. */
export function countsText(counts: BackupInfo['counts']): string {
  const parts = COUNTED.filter((k) => (counts[k] ?? 0) > 0).map((k) => t(`backupCount.${k}`, { n: counts[k] ?? 0 }))
  return parts.length > 0 ? parts.join('、') : t('backup.emptyData')
}

/** 2024年3月5日 09:30, in the office's local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}`
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
