import type { SelectOption } from 'naive-ui'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { CaseCategory } from '../../../electron/core/categories/schema'
import { call } from '../../api'

/** 隐患类别: an editable table in the core, read once for pickers and filters. */
export const useCaseCategoriesStore = defineStore('caseCategories', () => {
  const categories = ref<CaseCategory[]>([])
  const options = computed<SelectOption[]>(() =>
    [...categories.value].sort((a, b) => a.sortOrder - b.sortOrder).map((c) => ({ label: c.name, value: c.id })),
  )
  let loading: Promise<void> | null = null

  /** Loads the live categories the first time a page needs them. */
  function ensure(): Promise<void> {
    loading ??= call('caseCategories/list', {}).then(
      (rows) => {
        categories.value = rows
      },
      (e: unknown) => {
        loading = null
        throw e
      },
    )
    return loading
  }

  return { categories, options, ensure }
})
