import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { call } from '../../api'

/**
 * The campaigns a record can be tagged with or a list narrowed to: read once per visit, shared by
 * every picker on the page (a list shows one per row).
 */
export const useCampaignsStore = defineStore('campaigns', () => {
  const names = ref<{ id: string; name: string }[]>([])
  let loading: Promise<void> | null = null
  const options = computed(() => names.value.map((c) => ({ value: c.id, label: c.name })))

  /** Reads the list the first time a picker asks, and again after `refresh`. */
  function load(): Promise<void> {
    loading ??= call('campaigns/list', {}).then((list) => {
      names.value = list.map((c) => ({ id: c.id, name: c.name }))
    })
    return loading
  }
  function refresh(): Promise<void> {
    loading = null
    return load()
  }
  const nameOf = (id: string | null): string => names.value.find((c) => c.id === id)?.name ?? ''

  return { options, load, refresh, nameOf }
})
