import { NButton, NSpace, NTag, type DataTableColumns } from 'naive-ui'
import { h } from 'vue'
import type { Area } from '../../../electron/core/areas/schema'
import { t } from '../../locales'

interface ColumnHandlers {
  edit: (a: Area) => void
  void: (a: Area) => void
}

export function areaColumns({ edit, void: voidOne }: ColumnHandlers): DataTableColumns<Area> {
  return [
    {
      key: 'name',
      title: t('area.name'),
      width: 170,
      render: (a) =>
        h('div', [
          h('div', a.name),
          a.voidedAt ? h('div', { class: 'void-reason' }, t('void.voidedWith', { reason: a.voidReason ?? '' })) : null,
        ]),
    },
    { key: 'areaType', title: t('area.areaType'), width: 80, render: (a) => t(`areaType.${a.areaType}`) },
    {
      key: 'grids',
      title: t('area.grids'),
      minWidth: 220,
      render: (a) =>
        h(NSpace, { size: 4 }, () => a.grids.map((g) => h(NTag, { size: 'small', bordered: false, key: g }, () => g))),
    },
    { key: 'headName', title: t('area.headName'), width: 100 },
    { key: 'headPhone', title: t('area.headPhone'), width: 140 },
    { key: 'subjectCount', title: t('area.subjectCount'), width: 110, align: 'right' },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 110,
      render: (a) =>
        a.voidedAt
          ? h('span', { class: 'second' }, t('void.voided'))
          : h(NSpace, { size: 4, wrap: false }, () => [
              h(NButton, { size: 'small', text: true, type: 'primary', onClick: () => edit(a) }, () => t('common.edit')),
              h(NButton, { size: 'small', text: true, type: 'error', onClick: () => voidOne(a) }, () => t('void.action')),
            ]),
    },
  ]
}
