import { ref } from 'vue'

/**
 * Saving a form: `busy` while the call runs (for the button's spinner, and so a second click does
 * nothing), and what the core refuses shown by the form's errors — every field beside its input
 * at once, anything else as a toast. `run` resolves true when the action went through.
 *   const errors = useFormErrors(fields, form)
 *   const { busy, run } = useSubmit(errors)
 *   const save = () => run(async () => emit('saved', await call('…', argsOf(form))))
 */
export function useSubmit(errors: { show(e: unknown): unknown }) {
  const busy = ref(false)

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    try {
      await action()
      return true
    } catch (e) {
      errors.show(e)
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}
