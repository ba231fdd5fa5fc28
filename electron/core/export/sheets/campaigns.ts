import type { z } from 'zod'
import * as repo from '../../campaigns/repo'
import { campaignStatusLabels, type Campaign } from '../../campaigns/schema'
import type { exportSheetSchema } from '../schema'
import { cellDate, type SheetList } from '../sheet'
import { stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'campaigns' }>['filter']

/** 专项行动 on paper: each campaign, its notice, period and how its tasks stand. */
export const campaignsSheet: SheetList<Filter, Campaign> = {
  title: () => '专项行动一览表',
  conditions: (_ctx, f) =>
    stated([
      ['状态', f.status ? campaignStatusLabels[f.status] : null],
      ['作废', f.includeVoided ? '含已作废' : null],
    ]),
  rows: (ctx, f) => repo.list(ctx.db, ctx.clock.today(), f.includeVoided, f.status),
  columns: [
    { header: '专项行动', share: 8, value: (c) => c.name },
    { header: '文号', share: 6, value: (c) => c.noticeNumber },
    { header: '期间', share: 8, value: (c) => `${cellDate(c.startDate)}至${c.endDate ? cellDate(c.endDate) : c.endText || '—'}` },
    { header: '状态', share: 3, value: (c) => campaignStatusLabels[c.status] },
    { header: '任务', share: 2, value: (c) => String(c.figures.tasks) },
    { header: '逾期', share: 2, value: (c) => String(c.figures.overdue) },
    { header: '已销号', share: 3, value: (c) => String(c.figures.closed) },
  ],
}
