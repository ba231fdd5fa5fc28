import type { z } from 'zod'
import { list } from '../../cases/list-repo'
import { caseStatusLabels, type Case } from '../../cases/schema'
import { formatDateZh } from '../../dates'
import { allPages } from '../columns'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'
import { caseConditions } from './case-conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'cases' }>['filter']

/** The ledger on paper, narrow enough for an A4 page; with the 逾期 filter it is the overdue list. */
export const casesSheet: SheetList<Filter, Case> = {
  title: (f) => (f.overdue ? '逾期隐患清单' : '隐患台账'),
  conditions: caseConditions,
  rows: (ctx, filter) => allPages((page, pageSize) => list(ctx.db, { ...filter, page, pageSize }, ctx.clock.today())),
  columns: [
    { header: '隐患编号', share: 4, value: (c) => c.number },
    { header: '单位名称', share: 6, value: (c) => c.subjectName },
    { header: '村(社区)', share: 4, value: (c) => c.areaName },
    { header: '隐患内容', share: 10, value: (c) => c.description },
    { header: '整改期限', share: 5, value: (c) => (c.deadline ? formatDateZh(c.deadline) : '') },
    { header: '整改情况', share: 4, value: (c) => (c.overdue ? `逾期${c.overdueDays}天` : caseStatusLabels[c.status]) },
  ],
}
