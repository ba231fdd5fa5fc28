import type { ListSort } from './list-sort'

/**
 * A list's filter and sort as they stand in the address (query `f`), so a link or 返回 shows the
 * same rows; '' leaves `f` out.
 */
export interface ListAddress<F, K extends string> {
  read: (raw: string) => { filter: F; sort: ListSort<K> | null } | null
  write: (filter: F, sort: ListSort<K> | null) => string
}

const sameKind = (fresh: unknown, value: unknown): boolean =>
  fresh === null || value === null || typeof fresh === typeof value || (Array.isArray(fresh) && Array.isArray(value))

/**
 * The address most lists use: the fields changed from the fresh filter, and the sort, as JSON. A
 * field the filter does not have, or of another kind, is dropped: an old or edited link still
 * opens the list, and the core checks the values it is sent.
 */
export function changedFields<F extends object, K extends string>(fresh: () => F, sortFields: readonly K[] = []): ListAddress<F, K> {
  return {
    write(filter, sort) {
      const start = fresh() as Record<string, unknown>
      const changed = Object.entries(filter).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(start[k]))
      return changed.length === 0 && !sort ? '' : JSON.stringify({ ...Object.fromEntries(changed), ...(sort ? { $sort: sort } : {}) })
    },
    read(raw) {
      try {
        const parsed: unknown = JSON.parse(raw)
        if (parsed === null || typeof parsed !== 'object') return null
        const filter = fresh()
        const target = filter as Record<string, unknown>
        for (const [k, v] of Object.entries(parsed)) if (k in target && sameKind(target[k], v)) target[k] = v
        const s = (parsed as { $sort?: { field?: unknown; order?: unknown } }).$sort
        const field = sortFields.find((f) => f === s?.field)
        return { filter, sort: field ? { field, order: s?.order === 'desc' ? 'desc' : 'asc' } : null }
      } catch {
        return null
      }
    },
  }
}
