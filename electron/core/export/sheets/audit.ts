import type { z } from 'zod'
import { actionLabel, entityLabel, contentOf } from '../../../shared/audit-words'
import type { AuditLogEntry } from '../../auditlog/schema'
import { listAudit } from '../../auditlog/service'
import { allPages } from '../columns'
import type { exportSheetSchema } from '../schema'
import { cellDate, type SheetList } from '../sheet'
import { dayRange, stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'audit' }>['filter']

/** The office's local time of an entry, as the page shows it: the log stores UTC instants. */
function timeOf(at: string): string {
  const d = new Date(at)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${cellDate(`${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`)} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/** 操作日志 on paper: who did what, when, to which record — its words, never its ids. */
export const auditSheet: SheetList<Filter, AuditLogEntry> = {
  title: () => '操作日志',
  conditions: (_ctx, f) =>
    stated([
      ['操作人', f.operator || null],
      ['操作', f.action ? actionLabel(f.action) : null],
      ['记录类别', f.entity ? entityLabel(f.entity) : null],
      ['记录', f.record ? `“${f.record}”` : null],
      ['日期', dayRange(f.from, f.to)],
    ]),
  rows: (ctx, f) => allPages((page, pageSize) => listAudit(ctx, { ...f, entityId: '', page, pageSize })),
  columns: [
    { header: '时间', share: 5, value: (r) => timeOf(r.at) },
    { header: '操作人', share: 3, value: (r) => r.operator },
    { header: '操作', share: 4, value: (r) => actionLabel(r.action) },
    { header: '记录类别', share: 3, value: (r) => entityLabel(r.entity) },
    { header: '内容', share: 9, value: (r) => contentOf(r) },
  ],
}
