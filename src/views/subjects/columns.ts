import { NTag, type DataTableColumns } from 'naive-ui'
import { h } from 'vue'
import { RouterLink } from 'vue-router'
import type { Subject } from '../../../electron/core/subjects/schema'
import IssueDocumentButton from '../../components/documents/IssueDocumentButton.vue'
import { rowActions, twoLineCell } from '../../components/list/record-cells'
import RiskColorTag from '../../components/RiskColorTag.vue'
import { sortable } from '../../composables/list-sort'
import { t } from '../../locales'
import { formatDate } from '../../utils/date'
import type { SubjectSort } from './shared'

interface ColumnHandlers {
  sort: SubjectSort | null
  edit: (s: Subject) => void
  void: (s: Subject) => void
}

export function subjectColumns({ sort, edit, void: voidOne }: ColumnHandlers): DataTableColumns<Subject> {
  const sorted = (key: SubjectSort['field']) => sortable(sort, key)
  return [
    {
      key: 'name',
      title: t('subject.name'),
      minWidth: 200,
      ...sorted('name'),
      render: (s) =>
        twoLineCell(s.name, s.voidedAt ? t('void.voidedWith', { reason: s.voidReason ?? '' }) : '', { secondClass: 'void-reason' }),
    },
    { key: 'kind', title: t('subject.kind'), width: 120, ...sorted('kind'), render: (s) => s.kindName },
    { key: 'area', title: t('subject.area'), width: 130, ...sorted('area'), render: (s) => twoLineCell(s.areaName, s.grid) },
    { key: 'address', title: t('subject.address'), minWidth: 180, ellipsis: { tooltip: true } },
    {
      key: 'responsible',
      title: t('subject.responsible'),
      width: 140,
      render: (s) => twoLineCell(s.responsibleName, s.responsiblePhone),
    },
    { key: 'riskColor', title: t('subject.riskColor'), width: 100, ...sorted('riskColor'), render: (s) => h(RiskColorTag, { color: s.riskColor }) },
    {
      key: 'isKey',
      title: t('subject.isKey'),
      width: 90,
      render: (s) => (s.isKey ? h(NTag, { size: 'small', type: 'error' }, () => t('subject.key')) : ''),
    },
    { key: 'updatedAt', title: t('subject.updatedAt'), width: 130, ...sorted('updatedAt'), render: (s) => formatDate(s.updatedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 240,
      fixed: 'right',
      render: (s) =>
        rowActions(s, {
          before: [h(RouterLink, { to: `/subjects/${s.id}/dossier`, 'data-test': 'subject-dossier' }, () => t('dossier.open')), h(IssueDocumentButton, { subjectId: s.id, size: 'small', text: true })],
          edit: () => edit(s),
          voidIt: () => voidOne(s),
        }),
    },
  ]
}
