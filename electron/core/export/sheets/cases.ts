import type { z } from 'zod'
import { list } from '../../cases/list-repo'
import { caseSeverityLabels, caseStatusLabels, type Case } from '../../cases/schema'
import { allPages } from '../columns'
import type { exportSheetSchema } from '../schema'
import { cellDate, type SheetList } from '../sheet'
import { caseConditions } from './case-conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'cases' }>['filter']

/** The ledger on paper, narrow enough for an A4 page (a major hazard marked in its text); with the 逾期 filter it is the overdue list. */
export const casesSheet: SheetList<Filter, Case> = {
  title: (f) => (f.overdue ? '逾期隐患清单' : '隐患台账'),
  conditions: caseConditions,
  rows: (ctx, filter) => allPages((page, pageSize) => list(ctx.db, { ...filter, page, pageSize }, ctx.clock.today())),
  // Shares sized for 五号 on A4: a date, a case number and 逾期999天 each on one line beside the 序号's 2.
  columns: [
    { header: '隐患编号', share: 3.7, value: (c) => c.number },
    { header: '单位名称', share: 4.5, value: (c) => c.subjectName },
    { header: '村(社区)', share: 2.7, value: (c) => c.areaName },
    { header: '隐患类别', share: 3.3, value: (c) => c.categoryName },
    { header: '隐患内容', share: 5.5, value: (c) => (c.severity === 'major' ? `【${caseSeverityLabels.major}】${c.description}` : c.description) },
    { header: '发现日期', share: 4, value: (c) => cellDate(c.foundDate) },
    { header: '整改期限', share: 4, value: (c) => (c.deadline ? cellDate(c.deadline) : '') },
    { header: '整改情况', share: 3.7, value: (c) => (c.overdue ? `逾期${c.overdueDays}天` : caseStatusLabels[c.status]) },
  ],
}
