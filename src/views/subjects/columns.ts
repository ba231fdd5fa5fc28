import { NSpace, NTag, type DataTableColumns } from 'naive-ui'
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
      minWidth: 170,
      ...sorted('name'),
      render: (s) =>
        twoLineCell(s.name, s.voidedAt ? t('void.voidedWith', { reason: s.voidReason ?? '' }) : '', { secondClass: 'void-reason' }),
    },
    { key: 'kind', title: t('subject.kind'), width: 110, ...sorted('kind'), render: (s) => s.kindName },
    { key: 'area', title: t('subject.area'), width: 120, ...sorted('area'), render: (s) => twoLineCell(s.areaName, s.grid) },
    { key: 'address', title: t('subject.address'), minWidth: 140, ellipsis: { tooltip: true } },
    {
      key: 'responsible',
      title: t('subject.responsible'),
      width: 130,
      render: (s) => twoLineCell(s.responsibleName, s.responsiblePhone),
    },
    // 重点单位 stands beside the colour: one column less, so the list fits a 1366 screen without sliding under 操作.
    {
      key: 'riskColor',
      title: t('subject.riskColor'),
      width: 110,
      ...sorted('riskColor'),
      render: (s) => h(NSpace, { size: 4, wrap: false }, () => [h(RiskColorTag, { color: s.riskColor }), s.isKey ? h(NTag, { size: 'small', type: 'error' }, () => t('subject.key')) : null]),
    },
    { key: 'updatedAt', title: t('subject.updatedAt'), width: 130, ...sorted('updatedAt'), render: (s) => formatDate(s.updatedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 230,
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
