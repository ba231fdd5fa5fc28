import { useMessage, type PaginationProps } from 'naive-ui'
import { reactive, ref, watch } from 'vue'
import type { DocumentEntry } from '../../../electron/core/documents/register/types'
import type { ListArgs } from '../../../electron/core/documents/register/schema'
import type { DocumentKindCode } from '../../../electron/core/documents/types'
import { call, messageOf } from '../../api'
import { t } from '../../locales'

const TYPING_PAUSE_MS = 300

export interface RegisterFilter {
  kind: DocumentKindCode | null
  year: number | null
  status: 'all' | 'issued' | 'voided'
  text: string
}

export const defaultRegisterFilter = (): RegisterFilter => ({ kind: null, year: null, status: 'all', text: '' })

export function registerArgs(f: RegisterFilter, page: number, pageSize: number): ListArgs {
  return {
    status: f.status,
    text: f.text.trim(),
    page,
    pageSize,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.year ? { year: f.year } : {}),
  }
}

/** The register: filter and page kept here; every change reloads from the core. */
export function useDocumentList() {
  const toast = useMessage()
  const filter = reactive<RegisterFilter>(defaultRegisterFilter())
  const rows = ref<DocumentEntry[]>([])
  const loading = ref(false)
  const pagination = reactive({
    page: 1,
    pageSize: 20,
    itemCount: 0,
    showSizePicker: true,
    pageSizes: [20, 50, 100],
    prefix: ({ itemCount }: { itemCount: number | undefined }) => t('common.total', { n: itemCount ?? 0 }),
  }) satisfies PaginationProps

  let latest = 0
  async function load(): Promise<void> {
    const mine = ++latest
    loading.value = true
    try {
      const page = await call('documents/list', registerArgs(filter, pagination.page, pagination.pageSize))
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
  watch(() => [filter.kind, filter.year, filter.status], () => reloadFromFirstPage(0))

  function setPage(page: number): void {
    pagination.page = page
    void load()
  }
  function setPageSize(size: number): void {
    pagination.pageSize = size
    pagination.page = 1
    void load()
  }
  const resetFilter = (): void => void Object.assign(filter, defaultRegisterFilter())

  return { filter, rows, loading, pagination, load, setPage, setPageSize, resetFilter }
}
