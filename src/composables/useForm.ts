import { reactive } from 'vue'
import { useFormErrors } from './useFormErrors'

/**
 * A form as its shell (FormDrawer, FormDialog) takes it: the model, its errors shown beside the
 * fields, what it holds each time the shell opens (`fill`, by default `fresh`) and what saving does.
 * The view binds `shell` whole and reads `form` and `errors` in its fields:
 *   const { form, errors, shell } = useForm(caseFormFields, emptyCaseForm, { submit: async () => emit('saved', await call('cases/create', caseArgs(form))) })
 *   <FormDrawer v-model:show="show" v-bind="shell" :title="t('caseForm.add')" save-test="case-save">
 *     <NFormItem :label="…" v-bind="errors.item('subjectId')">…</NFormItem>
 */
export function useForm<F extends object, K extends string>(fields: readonly K[], fresh: () => F, options: { fill?: () => F | Promise<F>; submit: () => Promise<unknown> }) {
  const form = reactive(fresh()) as F
  // A field the model does not hold (a file sent beside the form) is never edited, so its message stays until the next save.
  const errors = useFormErrors(fields, form as unknown as Record<K, unknown>)
  const reset = async (): Promise<void> => void Object.assign(form, await (options.fill ?? fresh)())
  return { form, errors, shell: { form, errors, reset, submit: options.submit } }
}
