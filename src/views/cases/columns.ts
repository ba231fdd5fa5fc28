import { NButton, NEllipsis, type DataTableColumns } from 'naive-ui'
import { h } from 'vue'
import type { Case } from '../../../electron/core/cases/schema'
import CaseStatusTag from '../../components/cases/CaseStatusTag.vue'
import OverdueDays from '../../components/cases/OverdueDays.vue'
import SeverityTag from '../../components/cases/SeverityTag.vue'
import { sortable } from '../../composables/list-sort'
import { twoLineCell } from '../../components/list/record-cells'
import { t } from '../../locales'
import { formatDate } from '../../utils/date'
import type { CaseSort } from './filter'

export function caseColumns(sort: CaseSort | null, open: (c: Case) => void): DataTableColumns<Case> {
  const sorted = (key: CaseSort['field']) => sortable(sort, key)
  return [
    { key: 'number', title: t('case.number'), width: 100, ...sorted('number'), render: (c) => h('span', { class: 'number' }, c.number) },
    { key: 'foundDate', title: t('case.foundDate'), width: 125, ...sorted('foundDate'), render: (c) => twoLineCell(formatDate(c.foundDate), t(`caseSource.${c.source}`)) },
    { key: 'subject', title: t('case.subject'), minWidth: 180, render: (c) => twoLineCell(c.subjectName, `${c.areaName} · ${c.subjectKindName}`) },
    {
      key: 'description',
      title: t('case.description'),
      minWidth: 240,
      render: (c) => h('div', [h(NEllipsis, { lineClamp: 2 }, () => c.description), h('div', { class: 'second' }, c.categoryName)]),
    },
    { key: 'severity', title: t('case.severity'), width: 110, render: (c) => h(SeverityTag, { severity: c.severity }) },
    { key: 'status', title: t('case.status'), width: 130, render: (c) => h(CaseStatusTag, { status: c.status }) },
    {
      key: 'deadline',
      title: t('case.deadline'),
      width: 130,
      ...sorted('deadline'),
      render: (c) => h('div', [h('div', formatDate(c.deadline)), h(OverdueDays, { days: c.overdueDays })]),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 60,
      fixed: 'right',
      render: (c) => h(NButton, { size: 'small', text: true, type: 'primary', onClick: () => open(c) }, () => t('caseList.view')),
    },
  ]
}
