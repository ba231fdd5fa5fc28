import type { z } from 'zod'
import { localDate } from '../../clock'
import * as repo from '../../subjects/repo'
import type { RiskColor, Subject } from '../../subjects/schema'
import { allPages, date, text, wrap, type ExportList } from '../columns'
import type { exportListSchema } from '../schema'

type Filter = Extract<z.output<typeof exportListSchema>, { list: 'subjects' }>['filter']

export const riskLabels: Record<RiskColor, string> = { green: '绿', grey: '灰', yellow: '黄', red: '红' }

/** 监管对象清单: the headers are the ones the importer recognises, so a file can go back in. */
export const subjectsExport: ExportList<Filter, Subject> = {
  title: '监管对象清单',
  rows: (ctx, filter) => allPages((page, pageSize) => repo.list(ctx.db, { ...filter, page, pageSize })),
  columns: [
    text('单位名称', 30, (s) => s.name),
    text('场所类别', 14, (s) => s.kindName),
    text('所属村(社区)', 14, (s) => s.areaName),
    text('网格', 10, (s) => s.grid),
    wrap('地址', 32, (s) => s.address),
    text('统一社会信用代码', 22, (s) => s.creditCode),
    text('消防安全责任人', 12, (s) => s.responsibleName),
    text('责任人电话', 15, (s) => s.responsiblePhone),
    text('消防安全管理人', 12, (s) => s.managerName),
    text('管理人电话', 15, (s) => s.managerPhone),
    text('风险分类', 8, (s) => riskLabels[s.riskColor]),
    text('重点单位', 8, (s) => (s.isKey ? '是' : '否')),
    wrap('备注', 30, (s) => s.notes),
    date('登记日期', (s) => localDate(new Date(s.createdAt))),
    text('作废原因', 20, (s) => s.voidReason ?? ''),
  ],
}
