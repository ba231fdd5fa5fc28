import type { z } from 'zod'
import * as repo from '../../subjects/repo'
import type { Subject } from '../../subjects/schema'
import { allPages } from '../columns'
import { riskLabels } from '../lists/subjects'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'
import { nameOf, stated, statusShown } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'subjects' }>['filter']

/** 监管对象 on paper, as the register's page filters them. */
export const subjectsSheet: SheetList<Filter, Subject> = {
  title: () => '监管对象清单',
  conditions: (ctx, f) =>
    stated([
      ['状态', statusShown({ voided: '已作废' })(f.status)],
      ['场所类别', nameOf(ctx, 'subjectKinds', f.kindId)],
      ['所属村(社区)', nameOf(ctx, 'areas', f.areaId)],
      ['风险分类', f.riskColor ? riskLabels[f.riskColor] : null],
      ['重点单位', f.isKey === undefined ? null : f.isKey ? '是' : '否'],
      ['关键字', f.text ? `“${f.text}”` : null],
    ]),
  rows: (ctx, f) => allPages((page, pageSize) => repo.list(ctx.db, { ...f, page, pageSize })),
  columns: [
    { header: '单位名称', share: 7, value: (s) => (s.voidedAt ? `${s.name}（已作废）` : s.name) },
    { header: '场所类别', share: 4, value: (s) => s.kindName },
    { header: '村(社区)', share: 4, value: (s) => s.areaName },
    { header: '地址', share: 8, value: (s) => s.address },
    { header: '消防安全责任人', share: 5, value: (s) => [s.responsibleName, s.responsiblePhone].filter(Boolean).join(' ') },
    { header: '分类', share: 2, value: (s) => riskLabels[s.riskColor] },
    { header: '重点单位', share: 2, value: (s) => (s.isKey ? '是' : '') },
  ],
}
