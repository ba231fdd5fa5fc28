import type { DataTableColumns } from 'naive-ui'

/**
 * The width a table's columns need side by side, for its scroll-x: a narrower window then scrolls
 * the table (its action column fixed in view on the right) instead of cutting the last columns off.
 */
export function tableWidth<T>(columns: DataTableColumns<T>): number {
  return columns.reduce((sum, c) => sum + (Number('width' in c ? c.width : undefined) || Number('minWidth' in c ? c.minWidth : undefined) || 100), 0)
}
