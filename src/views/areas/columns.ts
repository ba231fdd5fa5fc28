import { NSpace, NTag, type DataTableColumns } from 'naive-ui'
import { h } from 'vue'
import type { Area } from '../../../electron/core/areas/schema'
import type { RegisterColumns } from '../../composables/useRegister'
import { t } from '../../locales'

/** The columns of 村(社区): the register's name and actions around the village's own facts. */
export function areaColumns({ nameColumn, actionsColumn }: RegisterColumns<Area>): DataTableColumns<Area> {
  return [
    nameColumn(170),
    { key: 'areaType', title: t('area.areaType'), width: 80, render: (a) => t(`areaType.${a.areaType}`) },
    {
      key: 'grids',
      title: t('area.grids'),
      minWidth: 220,
      render: (a) => h(NSpace, { size: 4 }, () => a.grids.map((g) => h(NTag, { size: 'small', bordered: false, key: g }, () => g))),
    },
    { key: 'headName', title: t('area.headName'), width: 100 },
    { key: 'headPhone', title: t('area.headPhone'), width: 140 },
    { key: 'subjectCount', title: t('area.subjectCount'), width: 110, align: 'right' },
    actionsColumn,
  ]
}
