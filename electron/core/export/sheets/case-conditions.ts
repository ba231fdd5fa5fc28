import type { z } from 'zod'
import { caseSeverityLabels, caseSourceLabels, caseStatusLabels, type caseListSchema } from '../../cases/schema'
import type { Ctx } from '../../context'
import { dayRange, nameOf, stated } from './conditions'

type Filter = Omit<z.output<typeof caseListSchema>, 'page' | 'pageSize'>

/** The ledger's filter in words, as the printed list states it: one condition an item. */
export function caseConditions(ctx: Ctx, f: Filter): string[] {
  const name = (table: Parameters<typeof nameOf>[1], id: string | undefined) => nameOf(ctx, table, id)
  const found = dayRange(f.foundFrom, f.foundTo)
  const deadline = dayRange(f.deadlineFrom, f.deadlineTo)
  return stated([
    ['状态', f.status.length > 0 ? f.status.map((s) => caseStatusLabels[s]).join('、') : null],
    ['逾期', f.overdue === undefined ? null : f.overdue ? '仅逾期' : '未逾期'],
    ['所属村(社区)', name('areas', f.areaId)],
    ['监管对象', name('subjects', f.subjectId)],
    ['场所类别', name('subjectKinds', f.subjectKindId)],
    ['隐患类别', name('categories', f.categoryId)],
    ['隐患等级', f.severity ? caseSeverityLabels[f.severity] : null],
    ['发现方式', f.source ? caseSourceLabels[f.source] : null],
    ['检查记录', name('inspections', f.inspectionId)],
    ['专项行动', name('campaigns', f.campaignId)],
    ['发现日期', found],
    ['整改期限', deadline],
    ['关键字', f.text ? `“${f.text}”` : null],
  ])
}
