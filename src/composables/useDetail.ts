import { ref, watch, type Ref } from 'vue'
import { messageOf } from '../api'

/**
 * A detail page's record: fetched for the id in the address and again when the id changes,
 * `load` to reload after a change; a failure (not found, voided id …) is kept as its message for
 * the page shell to show instead of the record.
 *   const { detail, failure, load } = useDetail(() => props.id, (id) => call('cases/get', { id }))
 */
export function useDetail<T>(id: () => string, fetch: (id: string) => Promise<T>) {
  const detail = ref(null) as Ref<T | null>
  const failure = ref('')

  async function load(): Promise<void> {
    try {
      detail.value = await fetch(id())
      failure.value = ''
    } catch (e) {
      failure.value = messageOf(e)
    }
  }
  watch(id, () => void load(), { immediate: true })

  return { detail, failure, load }
}
