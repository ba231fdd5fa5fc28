import { useMessage, type DataTableSortState, type PaginationProps } from 'naive-ui'
import { reactive, ref, watch } from 'vue'
import type { Subject, SubjectSortField } from '../../../electron/core/subjects/schema'
import { call, messageOf } from '../../api'
import { t } from '../../locales'
import { defaultFilter, listArgs, type SubjectFilter, type SubjectSort } from './shared'

const TYPING_PAUSE_MS = 300
const sortFields: readonly SubjectSortField[] = ['name', 'kind', 'area', 'riskColor', 'updatedAt']

/** The subjects list: filter, sort and page are kept here and every change reloads from the core. */
export function useSubjectList() {
  const toast = useMessage()
  const filter = reactive<SubjectFilter>(defaultFilter())
  const sort = ref<SubjectSort>({ field: 'name', order: 'asc' })
  const rows = ref<Subject[]>([])
  const loading = ref(false)
  const pagination = reactive({
    page: 1,
    pageSize: 20,
    itemCount: 0,
    showSizePicker: true,
    pageSizes: [10, 20, 50, 100],
    prefix: ({ itemCount }: { itemCount: number | undefined }) => t('common.total', { n: itemCount ?? 0 }),
  }) satisfies PaginationProps

  /** Answers can overtake each other while typing: only the newest request may fill the table. */
  let latest = 0
  async function load(): Promise<void> {
    const mine = ++latest
    loading.value = true
    try {
      const page = await call('subjects/list', listArgs(filter, sort.value, pagination.page, pagination.pageSize))
      if (mine !== latest) return
      rows.value = page.rows
      pagination.itemCount = page.total
    } catch (e) {
      if (mine === latest) toast.error(messageOf(e))
    } finally {
      if (mine === latest) loading.value = false
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  function reloadFromFirstPage(delay: number): void {
    clearTimeout(timer)
    pagination.page = 1
    timer = setTimeout(() => void load(), delay)
  }
  watch(() => filter.text, () => reloadFromFirstPage(TYPING_PAUSE_MS))
  watch(
    () => [filter.kindId, filter.areaId, filter.riskColor, filter.isKey, filter.status],
    () => reloadFromFirstPage(0),
  )

  function setPage(page: number): void {
    pagination.page = page
    void load()
  }

  function setPageSize(size: number): void {
    pagination.pageSize = size
    pagination.page = 1
    void load()
  }

  /** A click on a sortable column header; clearing the sort returns to the default by name. */
  function setSort(state: DataTableSortState | null): void {
    const field = sortFields.find((f) => f === state?.columnKey)
    sort.value =
      state && field && state.order !== false
        ? { field, order: state.order === 'descend' ? 'desc' : 'asc' }
        : { field: 'name', order: 'asc' }
    pagination.page = 1
    void load()
  }

  function resetFilter(): void {
    Object.assign(filter, defaultFilter())
  }

  return { filter, sort, rows, loading, pagination, load, setPage, setPageSize, setSort, resetFilter }
}
