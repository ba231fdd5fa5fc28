import type { z } from 'zod'
import { list } from '../../cases/list-repo'
import { caseSeverityLabels, caseSourceLabels, caseStatusLabels, type Case } from '../../cases/schema'
import { allPages, date, number, text, wrap, type ExportList } from '../columns'
import type { exportListSchema } from '../schema'

type Filter = Extract<z.output<typeof exportListSchema>, { list: 'cases' }>['filter']

/** 隐患台账: the office's ledger; 整改情况 and 销号日期 carry the outcome, as the importer reads them. */
export const casesExport: ExportList<Filter, Case> = {
  title: '隐患台账',
  rows: (ctx, filter) => allPages((page, pageSize) => list(ctx.db, { ...filter, page, pageSize }, ctx.clock.today())),
  columns: [
    text('隐患编号', 11, (c) => c.number),
    text('单位名称', 28, (c) => c.subjectName),
    text('场所类别', 14, (c) => c.subjectKindName),
    text('所属村(社区)', 14, (c) => c.areaName),
    date('发现日期', (c) => c.foundDate),
    text('发现方式', 12, (c) => caseSourceLabels[c.source]),
    text('隐患类别', 22, (c) => c.categoryName),
    text('隐患等级', 12, (c) => caseSeverityLabels[c.severity]),
    wrap('隐患内容', 40, (c) => c.description),
    wrap('依据', 24, (c) => c.legalBasis),
    wrap('整改要求', 30, (c) => c.requirement),
    date('整改期限', (c) => c.deadline),
    text('检查人员', 14, (c) => c.inspectors),
    text('整改情况', 14, (c) => caseStatusLabels[c.status]),
    number('逾期天数', 10, (c) => (c.overdue ? c.overdueDays : null)),
    date('销号日期', (c) => c.closedDate),
    wrap('备注', 24, (c) => c.remarks),
    text('作废原因', 20, (c) => c.voidReason ?? ''),
  ],
}
