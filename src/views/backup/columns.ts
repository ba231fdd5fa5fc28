import { NButton, NSpace, NTag, type DataTableColumns } from 'naive-ui'
import { h } from 'vue'
import type { BackupInfo, BackupKind } from '../../../electron/core/backup/schema'
import { t } from '../../locales'
import { countsText, formatDateTime, formatSize } from './format'

interface Handlers {
  verify: (b: BackupInfo) => void
  restore: (b: BackupInfo) => void
  /** The file being worked on, whose buttons show it. */
  busyFile: string | null
  /** The browser mode's download link of a backup; the desktop app copies to a picked folder instead. */
  downloadUrl?: (b: BackupInfo) => string
}

const kindTag: Record<BackupKind, 'default' | 'info' | 'warning'> = { auto: 'default', manual: 'info', 'before-restore': 'warning' }

export function backupColumns({ verify, restore, busyFile, downloadUrl }: Handlers): DataTableColumns<BackupInfo> {
  return [
    { key: 'createdAt', title: t('backup.createdAt'), width: 170, render: (b) => formatDateTime(b.createdAt) },
    {
      key: 'kind',
      title: t('backup.kind'),
      width: 90,
      render: (b) => h(NTag, { size: 'small', type: kindTag[b.kind], bordered: false }, () => t(`backupKind.${b.kind}`)),
    },
    { key: 'size', title: t('backup.size'), width: 90, render: (b) => formatSize(b.size) },
    { key: 'counts', title: t('backup.counts'), minWidth: 260, ellipsis: { tooltip: true }, render: (b) => countsText(b.counts) },
    { key: 'fileName', title: t('backup.fileName'), minWidth: 220, ellipsis: { tooltip: true } },
    {
      key: 'actions',
      title: t('common.actions'),
      width: downloadUrl ? 160 : 120,
      render: (b) =>
        h(NSpace, { size: 4, wrap: false }, () => [
          ...(downloadUrl
            ? [h(NButton, { tag: 'a', href: downloadUrl(b), download: b.fileName, size: 'small', text: true, type: 'primary', 'data-test': 'backup-download' }, () => t('backup.download'))]
            : []),
          h(NButton, { size: 'small', text: true, type: 'primary', disabled: busyFile !== null, loading: busyFile === b.file, 'data-test': 'backup-verify', onClick: () => verify(b) }, () => t('backup.verify')),
          h(NButton, { size: 'small', text: true, type: 'error', disabled: busyFile !== null, 'data-test': 'backup-restore', onClick: () => restore(b) }, () => t('backup.restore')),
        ]),
    },
  ]
}
