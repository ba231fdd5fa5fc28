import type { DataTableSortState, PaginationProps } from 'naive-ui'
import { computed, onBeforeUnmount, onMounted, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { Page } from '../../electron/core/paging'
import { messageOf } from '../api'
import { t } from '../locales'
import { changedFields, type ListAddress } from './list-address'
import { sortFromHeader, type ListSort } from './list-sort'

const TYPING_PAUSE_MS = 300

/** Where a list stands: what the core's list handler needs besides the filter. */
export interface ListPosition<K extends string> {
  sort: ListSort<K> | null
  page: number
  pageSize: number
}

export interface ListOptions<F extends object, A, R, K extends string> {
  /** The filter of a fresh list; 重置 returns to it. */
  filter: () => F
  /** Fields typed into: the list reloads after a pause in typing, not at every key. */
  typed?: readonly (keyof F)[]
  /** The sortable columns (their keys) and the order of a fresh list. */
  sort?: { fields: readonly K[]; initial: () => ListSort<K> }
  /** The core's arguments for what the list shows: sent to fetch, and to 导出 or a batch. */
  args: (filter: F, at: ListPosition<K>) => A
  /** The core's list call: one page, or every row for a list the core does not page. */
  fetch: (args: A) => Promise<Page<R> | R[]>
  pageSizes?: number[]
  /** How the filter stands in the address; default: the changed fields. false: not at all. */
  address?: ListAddress<F, K> | false
  /** A list remembered for the next visit: read once at the start, written with the address. */
  remember?: { load: () => { filter: F; sort: ListSort<K>; pageSize: number } | null; save: (filter: F, sort: ListSort<K> | null, pageSize: number) => void }
}

/**
 * One list page's state: the filter (kept in the address, so a link or 返回 shows the same rows),
 * the sort, the page, loading and the error to show. Any change of the filter reloads from the
 * first page, a typed one after a pause; only the newest answer may fill the table.
 */
export function useList<F extends object, A, R, K extends string = never>(options: ListOptions<F, A, R, K>) {
  const route = useRoute()
  const router = useRouter()
  const home = route.name
  const address = options.address === false ? null : (options.address ?? changedFields(options.filter, options.sort?.fields))
  const initialSort = (): ListSort<K> | null => options.sort?.initial() ?? null
  const saved = options.remember?.load() ?? null
  const linked = typeof route.query.f === 'string' && address ? address.read(route.query.f) : null
  const start = linked ?? saved ?? { filter: options.filter(), sort: initialSort() }

  // A filter holds plain values (text, codes, dates), so its reactive form has the filter's own type.
  const filter = reactive(start.filter) as F
  const sort = ref(start.sort ?? initialSort()) as Ref<ListSort<K> | null>
  const rows = shallowRef<R[]>([])
  const paged = ref(true)
  const loading = ref(false)
  const failure = ref('')
  const pagination = reactive({
    page: 1,
    pageSize: saved?.pageSize ?? 20,
    itemCount: 0,
    showSizePicker: true,
    pageSizes: options.pageSizes ?? [10, 20, 50, 100],
    prefix: ({ itemCount }: { itemCount: number | undefined }) => t('common.total', { n: itemCount ?? 0 }),
  }) satisfies PaginationProps

  const args = computed(() => options.args(filter, { sort: sort.value, page: pagination.page, pageSize: pagination.pageSize }))

  let latest = 0
  async function load(): Promise<void> {
    const mine = ++latest
    loading.value = true
    try {
      const answer = await options.fetch(args.value)
      if (mine !== latest) return
      paged.value = !Array.isArray(answer)
      rows.value = Array.isArray(answer) ? answer : answer.rows
      pagination.itemCount = Array.isArray(answer) ? answer.length : answer.total
      failure.value = ''
    } catch (e) {
      if (mine === latest) failure.value = messageOf(e)
    } finally {
      if (mine === latest) loading.value = false
    }
  }

  // Per key: a filter read from the address or a saved list may hold its keys in another order.
  const fresh = options.filter()
  const filtered = computed(() => Object.entries(fresh).some(([key, value]) => JSON.stringify(filter[key as keyof F]) !== JSON.stringify(value)))

  const written = (): string | undefined => address?.write(filter, sort.value)
  function keepInAddress(): void {
    options.remember?.save(filter, sort.value, pagination.pageSize)
    const f = written()
    if (f === undefined || route.name !== home || (route.query.f ?? '') === f) return
    const { f: _old, ...others } = route.query
    void router.replace({ query: f ? { ...others, f } : others })
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  function reloadFromFirstPage(delay: number): void {
    clearTimeout(timer)
    pagination.page = 1
    timer = setTimeout(() => {
      keepInAddress()
      void load()
    }, delay)
  }
  // A pending reload must not pull the address back to the list once the user has left it.
  onBeforeUnmount(() => clearTimeout(timer))

  const typed = new Set<PropertyKey>(options.typed ?? [])
  const pick = (typedOnes: boolean) => JSON.stringify(Object.entries(filter).filter(([k]) => typed.has(k) === typedOnes))
  watch(() => pick(true), () => reloadFromFirstPage(TYPING_PAUSE_MS))
  watch(() => pick(false) + JSON.stringify(sort.value), () => reloadFromFirstPage(0))

  /** A link to the list while it is open (a dashboard number, a tag's ×) replaces the filter. */
  watch(
    () => route.query.f,
    (raw) => {
      const next = typeof raw === 'string' && raw !== written() && address ? address.read(raw) : null
      if (!next) return
      Object.assign(filter, next.filter)
      sort.value = next.sort ?? initialSort()
    },
  )

  onMounted(() => {
    keepInAddress()
    void load()
  })

  return {
    filter,
    sort,
    rows,
    paged,
    loading,
    failure,
    pagination,
    /** The filter narrows the list: an empty table then means nothing matches, not nothing yet. */
    filtered,
    /** What the list shows, as the core takes it: for 导出 and batch documents. */
    args,
    /** Reloads the page in view, after a write changed its rows. */
    load,
    setPage(page: number): void {
      pagination.page = page
      void load()
    },
    setPageSize(size: number): void {
      pagination.pageSize = size
      pagination.page = 1
      keepInAddress()
      void load()
    },
    setSort(state: DataTableSortState | null): void {
      if (options.sort) sort.value = sortFromHeader(state, options.sort.fields, options.sort.initial())
    },
    reset(): void {
      Object.assign(filter, options.filter())
      sort.value = initialSort()
    },
  }
}

export type ListState<R> = Pick<ReturnType<typeof useList<object, unknown, R, string>>, 'rows' | 'paged' | 'loading' | 'failure' | 'pagination' | 'setPage' | 'setPageSize' | 'setSort' | 'filtered' | 'reset'>
