import type { z } from 'zod'
import type { InspectionKind } from '../../cases/schema'
import * as repo from '../../inspections/repo'
import { inspectionKindLabels, type InspectionRow } from '../../inspections/schema'
import { allPages } from '../columns'
import type { exportSheetSchema } from '../schema'
import { cellDate, type SheetList } from '../sheet'
import { dayRange, nameOf, stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'inspections' }>['filter']

/** 检查记录 on paper: who visited which unit when, and what was found. */
export const inspectionsSheet: SheetList<Filter, InspectionRow> = {
  title: () => '检查记录清单',
  conditions: (ctx, f) =>
    stated([
      ['检查日期', dayRange(f.from, f.to)],
      ['监管对象', nameOf(ctx, 'subjects', f.subjectId)],
      ['所属村(社区)', nameOf(ctx, 'areas', f.areaId)],
      ['检查人员', nameOf(ctx, 'inspectors', f.inspectorId)],
      ['检查类型', f.kind ? inspectionKindLabels[f.kind] : null],
      ['检查结果', f.result === undefined ? null : f.result === 'none' ? '未发现隐患' : '发现隐患'],
      ['专项行动', nameOf(ctx, 'campaigns', f.campaignId)],
      ['关键字', f.text ? `“${f.text}”` : null],
    ]),
  rows: (ctx, f) => allPages((page, pageSize) => repo.list(ctx.db, { ...f, page, pageSize })),
  columns: [
    { header: '检查日期', share: 5, value: (r) => cellDate(r.date) },
    { header: '单位名称', share: 8, value: (r) => (r.voidedAt ? `${r.subjectName}（已作废）` : r.subjectName) },
    { header: '村(社区)', share: 4, value: (r) => r.areaName },
    { header: '检查类型', share: 4, value: (r) => inspectionKindLabels[r.source as InspectionKind] ?? '' },
    { header: '检查人员', share: 5, value: (r) => r.inspectors },
    { header: '检查结果', share: 4, value: (r) => (r.hazardCount === 0 ? '未发现隐患' : `发现隐患${r.hazardCount}处`) },
  ],
}
