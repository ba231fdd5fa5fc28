import type { z } from 'zod'
import { supervisionStatusLabels, type Supervision } from '../../supervisions/schema'
import { listSupervisions } from '../../supervisions/service'
import { allPages } from '../columns'
import type { exportSheetSchema } from '../schema'
import { cellDate, type SheetList } from '../sheet'
import { nameOf, stated, statusShown } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'supervisions' }>['filter']

/** 挂牌督办 on paper: the case, who leads, the deadline, and the next progress report. */
export const supervisionsSheet: SheetList<Filter, Supervision> = {
  title: () => '挂牌督办清单',
  conditions: (ctx, f) =>
    stated([
      ['状态', statusShown(supervisionStatusLabels)(f.status)],
      ['隐患', nameOf(ctx, 'cases', f.caseId)],
      ['专项行动', nameOf(ctx, 'campaigns', f.campaignId)],
    ]),
  rows: (ctx, f) => allPages((page, pageSize) => listSupervisions(ctx, { ...f, page, pageSize })),
  columns: [
    { header: '隐患编号', share: 4, value: (s) => s.caseNumber },
    { header: '单位名称', share: 7, value: (s) => s.subjectName },
    { header: '牵头部门', share: 5, value: (s) => s.leadDepartment },
    { header: '挂牌日期', share: 5, value: (s) => cellDate(s.startDate) },
    { header: '督办期限', share: 5, value: (s) => cellDate(s.supervisionDeadline) },
    { header: '下次报告', share: 5, value: (s) => (s.nextReportDue === null ? '' : `${cellDate(s.nextReportDue)}${s.reportOverdueDays > 0 ? `（逾期${s.reportOverdueDays}天）` : ''}`) },
    { header: '状态', share: 3, value: (s) => supervisionStatusLabels[s.status] },
  ],
}
