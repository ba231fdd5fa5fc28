import { useMessage, type DataTableSortState, type PaginationProps } from 'naive-ui'
import { onBeforeUnmount, reactive, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { Case, CaseSortField } from '../../../electron/core/cases/schema'
import { call, messageOf } from '../../api'
import { t } from '../../locales'
import { defaultFilter, defaultSort, fromCaseFilter, listArgs, loadSavedList, saveList, toCaseFilter, type CaseListFilter, type CaseSort } from './filter'

const TYPING_PAUSE_MS = 300
const sortFields: readonly CaseSortField[] = ['foundDate', 'deadline', 'number', 'updatedAt']

function parseQuery(raw: unknown): ReturnType<typeof fromCaseFilter> | null {
  if (typeof raw !== 'string') return null
  try {
    return fromCaseFilter(JSON.parse(raw))
  } catch {
    return null
  }
}

/**
 * The case list: filter, sort and page live here and every change reloads from the core. The
 * filter is mirrored in the address (so a dashboard number opens exactly its cases, and going back
 * from a case returns to the same list) and remembered for the next visit.
 */
export function useCaseList() {
  const toast = useMessage()
  const route = useRoute()
  const router = useRouter()
  const saved = loadSavedList()
  const initial = parseQuery(route.query.f) ?? saved ?? { filter: defaultFilter(), sort: defaultSort() }

  const filter = reactive<CaseListFilter>(initial.filter)
  const sort = ref<CaseSort>(initial.sort)
  const rows = ref<Case[]>([])
  const loading = ref(false)
  const pagination = reactive({
    page: 1,
    pageSize: saved?.pageSize ?? 20,
    itemCount: 0,
    showSizePicker: true,
    pageSizes: [10, 20, 50, 100],
    prefix: ({ itemCount }: { itemCount: number | undefined }) => t('common.total', { n: itemCount ?? 0 }),
  }) satisfies PaginationProps

  const serialized = () => JSON.stringify(toCaseFilter(filter, sort.value))

  /** Answers can overtake each other while typing: only the newest request may fill the table. */
  let latest = 0
  async function load(): Promise<void> {
    const mine = ++latest
    loading.value = true
    try {
      const page = await call('cases/list', listArgs(filter, sort.value, pagination.page, pagination.pageSize))
      if (mine !== latest) return
      rows.value = page.rows
      pagination.itemCount = page.total
    } catch (e) {
      if (mine === latest) toast.error(messageOf(e))
    } finally {
      if (mine === latest) loading.value = false
    }
  }

  function remember(): void {
    saveList({ filter, sort: sort.value, pageSize: pagination.pageSize })
    const f = serialized()
    if (route.name === 'cases' && route.query.f !== f) void router.replace({ name: 'cases', query: { f } })
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  function reloadFromFirstPage(delay: number): void {
    clearTimeout(timer)
    pagination.page = 1
    timer = setTimeout(() => {
      remember()
      void load()
    }, delay)
  }
  // A pending reload must not pull the address back to the list once the user has left it.
  onBeforeUnmount(() => clearTimeout(timer))
  watch(() => filter.text, () => reloadFromFirstPage(TYPING_PAUSE_MS))
  watch(
    () => JSON.stringify({ ...filter, text: '', sort: sort.value }),
    () => reloadFromFirstPage(0),
  )

  /** A link to the list while it is open (another number, a tag's ×) replaces the filter. */
  watch(
    () => route.query.f,
    (raw) => {
      const next = parseQuery(raw)
      if (!next || raw === serialized()) return
      Object.assign(filter, next.filter)
      sort.value = next.sort
    },
  )

  /** First show: the address gets the filter in use (a remembered one included), then the rows. */
  function start(): void {
    remember()
    void load()
  }

  function setPage(page: number): void {
    pagination.page = page
    void load()
  }

  function setPageSize(size: number): void {
    pagination.pageSize = size
    pagination.page = 1
    remember()
    void load()
  }

  /** A click on a sortable column header; clearing the sort returns to the newest found first. */
  function setSort(state: DataTableSortState | null): void {
    const field = sortFields.find((f) => f === state?.columnKey)
    sort.value = state && field && state.order !== false ? { field, order: state.order === 'descend' ? 'desc' : 'asc' } : defaultSort()
  }

  function resetFilter(): void {
    Object.assign(filter, defaultFilter())
    sort.value = defaultSort()
  }

  return { filter, sort, rows, loading, pagination, load, start, setPage, setPageSize, setSort, resetFilter }
}
