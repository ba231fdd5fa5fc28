import type { Ctx } from '../context'

/**
 * One column of an exported list. `date` columns take ISO dates (YYYY-MM-DD) and become real date
 * cells; `number` columns numbers; `text` columns text (long text wraps).
 */
export interface ExportColumn<T> {
  header: string
  /** In characters, as Excel measures column width. */
  width: number
  type: 'text' | 'wrap' | 'date' | 'number'
  value: (row: T) => string | number | null
}

/** A list that can be exported: its title (sheet and file name), its records, its columns. */
export interface ExportList<F, T> {
  title: string
  rows: (ctx: Ctx, filter: F) => Iterable<T>
  columns: readonly ExportColumn<T>[]
}

/** Shorthands for column definitions. */
export const text = <T>(header: string, width: number, value: (row: T) => string): ExportColumn<T> => ({ header, width, type: 'text', value })
export const wrap = <T>(header: string, width: number, value: (row: T) => string): ExportColumn<T> => ({ header, width, type: 'wrap', value })
export const date = <T>(header: string, value: (row: T) => string | null): ExportColumn<T> => ({ header, width: 12, type: 'date', value })
export const number = <T>(header: string, width: number, value: (row: T) => number | null): ExportColumn<T> => ({ header, width, type: 'number', value })

/** Reads a paged list page by page, so that no filter needs a limit of its own. */
export function* allPages<T>(read: (page: number, pageSize: number) => { rows: T[] }, pageSize = 5000): Generator<T> {
  for (let page = 1; ; page++) {
    const { rows } = read(page, pageSize)
    yield* rows
    if (rows.length < pageSize) return
  }
}

/** A list reduced to what the workbook needs: the row type is gone, only cell values remain. */
export interface Table {
  title: string
  columns: readonly Omit<ExportColumn<never>, 'value'>[]
  rows: Iterable<(string | number | null)[]>
}

export type Tabulate<F> = (ctx: Ctx, filter: F) => Table

/** The running 序号 every list opens with: 1, 2, 3 … down the rows as filtered and sorted. */
const RUNNING = { header: '序号', width: 6, type: 'number' } as const

export function tabulate<F, T>(list: ExportList<F, T>): Tabulate<F> {
  return (ctx, filter) => ({
    title: list.title,
    columns: [RUNNING, ...list.columns],
    rows: (function* () {
      let n = 0
      for (const row of list.rows(ctx, filter)) yield [++n, ...list.columns.map((c) => c.value(row))]
    })(),
  })
}
