import { useMessage } from 'naive-ui'
import { ref, shallowRef } from 'vue'
import { t } from '../locales'

/**
 * Voiding one record of a page with a reason (VoidDialog): which record the dialog is open for,
 * and what confirming does — the core's void call, 已作废 said, then `after` (a list reloads).
 *   const voiding = useVoiding((id, reason) => call('subjects/void', { id, reason }), list.load)
 *   <VoidDialog v-model:show="voiding.open.value" :target="…" :submit="voiding.submit" />
 */
export function useVoiding<T extends { id: string }>(voidCall: (id: string, reason: string) => Promise<unknown>, after?: () => unknown) {
  const toast = useMessage()
  const record = shallowRef<T | null>(null)
  const open = ref(false)

  function start(r: T): void {
    record.value = r
    open.value = true
  }

  async function submit(reason: string): Promise<void> {
    if (!record.value) return
    await voidCall(record.value.id, reason)
    toast.success(t('void.done'))
    await after?.()
  }

  return { record, open, start, submit }
}
