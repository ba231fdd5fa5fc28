import type { z } from 'zod'
import * as repo from '../../inspectors/repo'
import { inspectorRoleLabels, type Inspector } from '../../inspectors/schema'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'
import { nameOf, stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'inspectors' }>['filter']

/** 检查人员名册 on paper: who inspects, for which village and grid, and how to reach them. */
export const inspectorsSheet: SheetList<Filter, Inspector> = {
  title: () => '检查人员名册',
  conditions: (ctx, f) =>
    stated([
      ['身份', f.role ? inspectorRoleLabels[f.role] : null],
      ['所属村(社区)', nameOf(ctx, 'areas', f.areaId)],
      ['作废', f.includeVoided ? '含已作废' : null],
    ]),
  rows: (ctx, f) => repo.list(ctx.db, f),
  columns: [
    { header: '姓名', share: 4, value: (i) => (i.voidedAt ? `${i.name}（已作废）` : i.name) },
    { header: '身份', share: 3, value: (i) => inspectorRoleLabels[i.role] },
    { header: '所属村(社区)', share: 5, value: (i) => i.areaName ?? '' },
    { header: '网格', share: 4, value: (i) => i.grid },
    { header: '联系电话', share: 5, value: (i) => i.phone },
    { header: '参加检查', share: 3, value: (i) => `${i.inspectionCount}次` },
  ],
}
