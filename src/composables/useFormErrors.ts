import { useMessage } from 'naive-ui'
import { reactive, watch } from 'vue'
import { isApiError, messageOf } from '../api'
import { t } from '../locales'

export interface ItemFeedback {
  feedback?: string
  validationStatus?: 'error'
}

/**
 * Server validation shown where the user looks: every field the ApiError names that is one of
 * this form's fields gets its message under it, all at once (bind `v-bind="errors.item('name')"`
 * on its NFormItem); an error about nothing on the form becomes a toast. Editing a field clears
 * its message. A nested field (`hazards.0.title`) is kept whole for `nested`, and also shows
 * under its top field's item.
 */
export function useFormErrors<F extends string>(fields: readonly F[], model?: Readonly<Record<F, unknown>>) {
  const messages = reactive<Partial<Record<string, string>>>({})
  const toast = useMessage()

  const clear = (field?: F): void => {
    for (const key of Object.keys(messages)) if (field === undefined || key === field || key.startsWith(`${field}.`)) delete messages[key]
  }

  const feedbackOf = (text: string | undefined): ItemFeedback => (text === undefined ? {} : { feedback: text, validationStatus: 'error' })
  const item = (field: F): ItemFeedback =>
    feedbackOf(messages[field] ?? Object.entries(messages).find(([key]) => key.startsWith(`${field}.`))?.[1])
  /** The message of exactly this path, e.g. nested('hazards.0.title'); item() of a top field shows any below it. */
  const nested = (path: string): ItemFeedback => feedbackOf(messages[path])

  /** Shows an error thrown by a call; returns true when it landed beside at least one field. */
  const show = (e: unknown): boolean => {
    clear()
    let placed = false
    if (isApiError(e)) {
      for (const issue of e.issues) {
        const top = issue.field.split('.')[0] ?? ''
        if (!(fields as readonly string[]).includes(top)) continue
        messages[issue.field] ??= issue.message
        placed = true
      }
    }
    if (!placed) toast.error(isApiError(e) ? e.message : t('error.unknown', { message: messageOf(e) }))
    return placed
  }

  if (model) {
    for (const f of fields) watch(() => JSON.stringify(model[f]), () => clear(f))
  }

  return { item, nested, show, clear }
}

export type FormErrors<F extends string> = ReturnType<typeof useFormErrors<F>>
