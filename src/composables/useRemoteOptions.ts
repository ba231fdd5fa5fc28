import type { SelectOption } from 'naive-ui'
import { ref, type Ref } from 'vue'
import { messageOf } from '../api'

/**
 * The options of a picker that searches the core as the user types: only the newest answer fills
 * the menu, and the options `kept` returns (those already chosen) stay in it.
 */
export interface RemoteOptions {
  options: Ref<SelectOption[]>
  loading: Ref<boolean>
  /** why the last search failed, '' when it did not */
  failure: Ref<string>
  search: (text: string) => Promise<void>
}

export function useRemoteOptions(find: (text: string) => Promise<SelectOption[]>, kept: (current: SelectOption[]) => SelectOption[]): RemoteOptions {
  const options = ref([]) as Ref<SelectOption[]>
  const loading = ref(false)
  const failure = ref('')
  let latest = 0
  async function search(text: string): Promise<void> {
    const mine = ++latest
    loading.value = true
    try {
      const found = await find(text)
      if (mine !== latest) return
      options.value = [...kept(options.value).filter((o) => !found.some((f) => f.value === o.value)), ...found]
      failure.value = ''
    } catch (e) {
      if (mine === latest) failure.value = messageOf(e)
    } finally {
      if (mine === latest) loading.value = false
    }
  }
  return { options, loading, failure, search }
}
