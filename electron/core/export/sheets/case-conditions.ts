import type { z } from 'zod'
import { caseSeverityLabels, caseSourceLabels, caseStatusLabels, type caseListSchema } from '../../cases/schema'
import type { Ctx } from '../../context'
import { formatDateZh } from '../../dates'

type Filter = Omit<z.output<typeof caseListSchema>, 'page' | 'pageSize'>

const NAME_OF = {
  areas: 'SELECT name FROM areas WHERE id = ?',
  subjectKinds: 'SELECT name FROM subject_kinds WHERE id = ?',
  categories: 'SELECT name FROM case_categories WHERE id = ?',
  subjects: 'SELECT name FROM subjects WHERE id = ?',
  campaigns: 'SELECT name FROM campaigns WHERE id = ?',
  inspections: "SELECT s.name || ' ' || i.inspected_on AS name FROM inspections i JOIN subjects s ON s.id = i.subject_id WHERE i.id = ?",
} as const

function range(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return `${formatDateZh(from)}至${formatDateZh(to)}`
  if (from) return `${formatDateZh(from)}起`
  if (to) return `${formatDateZh(to)}止`
  return null
}

/** The ledger's filter in words, as the printed list states it: one condition an item. */
export function caseConditions(ctx: Ctx, f: Filter): string[] {
  const name = (table: keyof typeof NAME_OF, id: string | undefined): string | null =>
    id === undefined ? null : ((ctx.db.prepare(NAME_OF[table]).get(id) as { name: string } | undefined)?.name ?? '（已不存在）')
  const found = range(f.foundFrom, f.foundTo)
  const deadline = range(f.deadlineFrom, f.deadlineTo)
  const items: [string, string | null][] = [
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
  ]
  return items.filter((i): i is [string, string] => i[1] !== null).map(([label, value]) => `${label}：${value}`)
}
