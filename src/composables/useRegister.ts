import { computed, ref, shallowRef } from 'vue'

/**
 * A register the page holds whole from its store (村(社区), 检查人员名册): voided rows shown on
 * request, one record in the form or in the void dialog at a time.
 */
export function useRegister<T>(all: () => T[], live: () => T[]) {
  const showVoided = ref(false)
  const rows = computed(() => (showVoided.value ? all() : live()))
  const editing = shallowRef<T | null>(null)
  const formOpen = ref(false)
  const voiding = shallowRef<T | null>(null)
  const voidOpen = ref(false)

  function openForm(record: T | null): void {
    editing.value = record
    formOpen.value = true
  }

  function openVoid(record: T): void {
    voiding.value = record
    voidOpen.value = true
  }

  return { showVoided, rows, editing, formOpen, voiding, voidOpen, openForm, openVoid }
}
