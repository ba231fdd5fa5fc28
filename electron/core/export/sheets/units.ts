import type { z } from 'zod'
import * as repo from '../../responsible-units/repo'
import type { ResponsibleUnit, UnitType } from '../../responsible-units/schema'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'
import { stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'units' }>['filter']

const typeLabels: Record<UnitType, string> = { department: '镇属部门', village: '村(社区)' }

/** 责任单位 on paper: the departments and villages that owe campaign work, with whom to call. */
export const unitsSheet: SheetList<Filter, ResponsibleUnit> = {
  title: () => '责任单位名册',
  conditions: (_ctx, f) =>
    stated([
      ['类型', f.unitType ? typeLabels[f.unitType] : null],
      ['作废', f.includeVoided ? '含已作废' : null],
    ]),
  rows: (ctx, f) => repo.list(ctx.db, f.includeVoided, f.unitType),
  columns: [
    { header: '单位名称', share: 8, value: (u) => (u.voidedAt ? `${u.name}（已作废）` : u.name) },
    { header: '类型', share: 4, value: (u) => typeLabels[u.unitType] },
    { header: '简称/别名', share: 6, value: (u) => u.aliases.join('、') },
    { header: '联系人', share: 4, value: (u) => u.contactName },
    { header: '联系电话', share: 5, value: (u) => u.contactPhone },
  ],
}
