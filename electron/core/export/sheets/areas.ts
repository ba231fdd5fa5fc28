import type { z } from 'zod'
import * as repo from '../../areas/repo'
import type { Area } from '../../areas/schema'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'
import { stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'areas' }>['filter']

/** 村(社区) on paper: each village with its grids, its head and how many units it holds. */
export const areasSheet: SheetList<Filter, Area> = {
  title: () => '村(社区)名册',
  conditions: (_ctx, f) => stated([['作废', f.includeVoided ? '含已作废' : null]]),
  rows: (ctx, f) => repo.list(ctx.db, f.includeVoided),
  columns: [
    { header: '名称', share: 6, value: (a) => (a.voidedAt ? `${a.name}（已作废）` : a.name) },
    { header: '网格', share: 7, value: (a) => a.grids.join('、') },
    { header: '负责人', share: 4, value: (a) => a.headName },
    { header: '联系电话', share: 5, value: (a) => a.headPhone },
    { header: '监管对象', share: 3, value: (a) => String(a.subjectCount) },
  ],
}
