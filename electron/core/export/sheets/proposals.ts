import type { z } from 'zod'
import { caseSeverityLabels } from '../../cases/schema'
import { rungLabels, type Proposal } from '../../escalation/schema'
import { allProposals } from '../../escalation/service'
import type { exportSheetSchema } from '../schema'
import { cellDate, type SheetList } from '../sheet'
import { nameOf, stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'proposals' }>['filter']

/** 升级处理 on paper: what the ladder proposes for each overdue case, the most overdue first, and the rule that proposed it. */
export const proposalsSheet: SheetList<Filter, Proposal> = {
  title: (f) => (f.rung === undefined ? '升级处理建议清单' : `${rungLabels[f.rung]}建议清单`),
  conditions: (ctx, f) =>
    stated([
      ['升级措施', f.rung === undefined ? null : rungLabels[f.rung]],
      ['所属村(社区)', nameOf(ctx, 'areas', f.areaId)],
    ]),
  rows: (ctx, f) => allProposals(ctx, f).filter((p) => f.rung === undefined || p.rung === f.rung),
  columns: [
    { header: '隐患编号', share: 4, value: (p) => p.caseNumber },
    { header: '单位名称', share: 6, value: (p) => `${p.subjectName}${p.severity === 'major' ? `（${caseSeverityLabels.major}）` : ''}` },
    { header: '村(社区)', share: 4, value: (p) => p.areaName },
    { header: '整改期限', share: 5, value: (p) => cellDate(p.deadline) },
    { header: '逾期', share: 3, value: (p) => `${p.overdueDays}天` },
    { header: '建议措施', share: 4, value: (p) => rungLabels[p.rung] },
    { header: '依据', share: 7, value: (p) => p.reason },
  ],
}
