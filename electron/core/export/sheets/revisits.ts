import type { z } from 'zod'
import type { Revisit } from '../../revisits/schema'
import { listRevisits } from '../../revisits/service'
import { allPages } from '../columns'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'revisits' }>['filter']

/** 回头看 on paper: each re-visit of closed cases and what it found. */
export const revisitsSheet: SheetList<Filter, Revisit> = {
  title: () => '回头看清单',
  conditions: () => [],
  rows: (ctx) => allPages((page, pageSize) => listRevisits(ctx, { page, pageSize })),
  columns: [
    { header: '回头看', share: 10, value: (r) => r.title },
    { header: '建立时间', share: 6, value: (r) => r.createdAt.slice(0, 10) },
    { header: '条目', share: 2, value: (r) => String(r.total) },
    { header: '保持', share: 2, value: (r) => String(r.kept) },
    { header: '反弹', share: 2, value: (r) => String(r.relapsed) },
    { header: '待查', share: 2, value: (r) => String(r.total - r.kept - r.relapsed) },
  ],
}
