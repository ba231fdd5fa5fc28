import type { z } from 'zod'
import type { Interview } from '../../interviews/schema'
import { interviewKindLabels, interviewStatusLabels } from '../../interviews/schema'
import { listInterviews } from '../../interviews/service'
import { allPages } from '../columns'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'
import { nameOf, stated, statusShown } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'interviews' }>['filter']

/** 约谈 on paper: who was called to account, when, why, and the commitments still open. */
export const interviewsSheet: SheetList<Filter, Interview> = {
  title: () => '约谈清单',
  conditions: (ctx, f) =>
    stated([
      ['状态', statusShown(interviewStatusLabels)(f.status)],
      ['约谈类别', f.kind ? interviewKindLabels[f.kind] : null],
      ['隐患', nameOf(ctx, 'cases', f.caseId)],
      ['专项行动', nameOf(ctx, 'campaigns', f.campaignId)],
      ['关键字', f.text ? `“${f.text}”` : null],
    ]),
  rows: (ctx, f) => allPages((page, pageSize) => listInterviews(ctx, { ...f, page, pageSize })),
  columns: [
    { header: '约谈类别', share: 4, value: (i) => interviewKindLabels[i.kind] },
    { header: '约谈对象', share: 7, value: (i) => i.target },
    { header: '约谈时间', share: 5, value: (i) => i.plannedAt.replace('T', ' ') },
    { header: '约谈事由', share: 10, value: (i) => i.reason },
    { header: '状态', share: 3, value: (i) => interviewStatusLabels[i.status] },
    { header: '未兑现承诺', share: 4, value: (i) => (i.openCommitments === 0 ? '' : `${i.openCommitments}项${i.overdueCommitments > 0 ? `（逾期${i.overdueCommitments}）` : ''}`) },
  ],
}
