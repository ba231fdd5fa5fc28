import { useMessage } from 'naive-ui'
import { reactive, watch } from 'vue'
import { isApiError, messageOf } from '../api'
import { t } from '../locales'

interface ItemFeedback {
  feedback?: string
  validationStatus?: 'error'
}

/**
 * Server validation shown where the user looks: an ApiError whose `field` is one of this form's
 * fields appears under that field (bind `v-bind="errors.item('name')"` on its NFormItem); any
 * other error becomes a toast. Editing a field clears its message.
 */
export function useFormErrors<F extends string>(fields: readonly F[], model?: Readonly<Record<F, unknown>>) {
  const messages = reactive<Partial<Record<string, string>>>({})
  const toast = useMessage()

  const clear = (field?: F): void => {
    for (const key of Object.keys(messages)) if (field === undefined || key === field) delete messages[key]
  }

  const item = (field: F): ItemFeedback => {
    const text = messages[field]
    return text === undefined ? {} : { feedback: text, validationStatus: 'error' }
  }

  /** Shows an error thrown by a call; returns true when it landed under a field. */
  const show = (e: unknown): boolean => {
    clear()
    const top = isApiError(e) ? e.field?.split('.')[0] : undefined
    if (isApiError(e) && top !== undefined && (fields as readonly string[]).includes(top)) {
      messages[top] = e.message
      return true
    }
    toast.error(isApiError(e) ? e.message : t('error.unknown', { message: messageOf(e) }))
    return false
  }

  if (model) {
    for (const f of fields) watch(() => JSON.stringify(model[f]), () => clear(f))
  }

  return { item, show, clear }
}

export type FormErrors<F extends string> = ReturnType<typeof useFormErrors<F>>
