import { NButton, NSpace, NTag, type DataTableColumns } from 'naive-ui'
import { h } from 'vue'
import { RouterLink } from 'vue-router'
import type { DocumentEntry } from '../../../electron/core/documents/register/types'
import { twoLineCell } from '../../components/list/record-cells'
import { t } from '../../locales'
import { formatDate } from '../../utils/date'

export interface RegisterActions {
  preview: (d: DocumentEntry) => void
  deliver: (d: DocumentEntry) => void
  reprint: (d: DocumentEntry) => void
  /** 发文稿纸: who drafted, checked and signed it */
  sheet: (d: DocumentEntry) => void
  void: (d: DocumentEntry) => void
}

/** The register (发文登记): number, title with kind and recipient, date, case, operators, delivery, status. */
export function registerColumns(act: RegisterActions): DataTableColumns<DocumentEntry> {
  const link = (label: string, onClick: () => void, type: 'primary' | 'error' = 'primary', test = '') =>
    h(NButton, { size: 'small', text: true, type, onClick, 'data-test': test }, () => label)
  return [
    {
      key: 'number',
      title: t('document.number'),
      width: 180,
      render: (d) => twoLineCell(d.number ?? t('document.noNumber'), d.status === 'voided' ? t('void.voidedWith', { reason: d.voidReason ?? '' }) : '', { secondClass: 'void-reason', wrapMain: true }),
    },
    {
      key: 'title',
      title: t('document.title'),
      minWidth: 220,
      render: (d) => twoLineCell(d.title, [d.title === d.kindName ? '' : d.kindName, d.recipient, d.templateCustom ? t('document.customTemplate') : ''].filter(Boolean).join(' · ')),
    },
    { key: 'issueDate', title: t('document.issueDate'), width: 115, render: (d) => formatDate(d.issueDate) },
    {
      key: 'case',
      title: t('document.case'),
      width: 100,
      render: (d) => (d.caseId ? h(RouterLink, { to: { name: 'case', params: { id: d.caseId } } }, () => d.caseNumber ?? '') : ''),
    },
    { key: 'operators', title: t('document.operators'), width: 130, render: (d) => [d.draftedBy, d.reviewedBy || '—', d.signedBy || '—'].join(' / ') },
    { key: 'deliveredOn', title: t('document.deliveredOn'), width: 115, render: (d) => (d.deliveredOn ? formatDate(d.deliveredOn) : h('span', { class: 'second' }, t('document.notDelivered'))) },
    {
      key: 'status',
      title: t('document.status'),
      width: 76,
      render: (d) => h(NTag, { size: 'small', type: d.status === 'voided' ? 'error' : 'success', bordered: false }, () => t(d.status === 'voided' ? 'document.voided' : 'document.issued')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 190,
      fixed: 'right',
      render: (d) =>
        h(NSpace, { size: 8, wrap: false }, () => [
          link(t('register.preview'), () => act.preview(d), 'primary', 'register-preview'),
          d.status === 'issued' ? link(t('register.deliver'), () => act.deliver(d), 'primary', 'register-deliver') : null,
          link(t('register.reprint'), () => act.reprint(d), 'primary', 'register-reprint'),
          link(t('register.sheet'), () => act.sheet(d), 'primary', 'register-sheet'),
          d.status === 'issued' ? link(t('void.action'), () => act.void(d), 'error', 'register-void') : null,
        ]),
    },
  ]
}
