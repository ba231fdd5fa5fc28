import type { Ctx } from '../context'
import { formatDateZh } from '../dates'
import { loadSettings } from '../settings/service'
import type { Sheet } from './schema'

/**
 * A list to print: on paper (the print view) or as a Word table. Its columns are data, so one
 * print view and one .docx builder serve the ledger, the overdue list and the 报送 list alike.
 */
export interface SheetColumn<T> {
  header: string
  /** Its share of the page width. */
  share: number
  value: (row: T) => string
}

export interface SheetList<F, T> {
  /** What the paper is called, which may follow the filter (逾期隐患清单 for the overdue ledger). */
  title: (filter: F) => string
  /** The filter in words, one condition a line; empty when the list holds everything. */
  conditions: (ctx: Ctx, filter: F) => string[]
  rows: (ctx: Ctx, filter: F) => Iterable<T>
  columns: readonly SheetColumn<T>[]
}

/** A date in a table's cell: 2026.12.28, short enough for its column on an A4 page (2026年12月28日 wraps there). */
export const cellDate = (iso: string): string => iso.replace(/-/g, '.')

export type MakeSheet<F> = (ctx: Ctx, filter: F) => Sheet

const RUNNING = { header: '序号', share: 2 }

export function sheetOf<F, T>(list: SheetList<F, T>): MakeSheet<F> {
  return (ctx, filter) => {
    const rows: string[][] = []
    for (const row of list.rows(ctx, filter)) {
      rows.push([String(rows.length + 1), ...list.columns.map((c) => c.value(row))])
    }
    const conditions = list.conditions(ctx, filter)
    const office = loadSettings(ctx.db).officeName
    return {
      title: list.title(filter),
      notes: [`筛选条件：${conditions.length > 0 ? conditions.join('；') : '全部'}`, `${office}　${formatDateZh(ctx.clock.today())}制表　共${rows.length}条`],
      columns: [RUNNING, ...list.columns.map(({ header, share }) => ({ header, share }))],
      rows,
    }
  }
}
