import type { DataTableSortState } from 'naive-ui'

/** The order a list is shown in, as the core's list handlers take it. */
export interface ListSort<K extends string> {
  field: K
  order: 'asc' | 'desc'
}

/** A click on a sortable column header; clearing the sort returns to the list's own order. */
export function sortFromHeader<K extends string>(state: DataTableSortState | null, fields: readonly K[], initial: ListSort<K>): ListSort<K> {
  const field = fields.find((f) => f === state?.columnKey)
  return state && field && state.order !== false ? { field, order: state.order === 'descend' ? 'desc' : 'asc' } : initial
}

/** What a sortable column needs to show the arrow of the current sort. */
export const sortable = <K extends string>(sort: ListSort<K> | null, key: K) => ({
  sorter: true as const,
  sortOrder: sort?.field === key ? (sort.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : (false as const),
})
