import { nextTick, ref } from 'vue'
import { focusFirstError } from './fieldKeyboard'

/**
 * Saving a form: `busy` while the call runs (for the button's spinner, and so a second click does
 * nothing), and what the core refuses shown by the form's errors — every field beside its input
 * at once, anything else as a toast; given the form's element, the cursor then goes to the first
 * field refused, scrolled into view. `run` resolves true when the action went through.
 *   const errors = useFormErrors(fields, form)
 *   const { busy, run } = useSubmit(errors)
 *   const save = () => run(async () => emit('saved', await call('…', argsOf(form))))
 */
export function useSubmit(errors: { show(e: unknown): unknown }, form?: () => HTMLElement | null | undefined) {
  const busy = ref(false)

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    try {
      await action()
      return true
    } catch (e) {
      errors.show(e)
      if (form) void nextTick(() => focusFirstError(form()))
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}
