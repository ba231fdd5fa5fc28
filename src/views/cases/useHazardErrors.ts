import { reactive, watch } from 'vue'
import { isApiError } from '../../api'
import type { HazardField, HazardForm } from './hazard-form'

/**
 * Messages under the fields of one hazard in a list: the core names them `hazards.<i>.<field>`.
 * Any edit of the list clears them, as an edit of a plain field clears its own.
 */
export function useHazardErrors(hazards: () => HazardForm[]) {
  const messages = reactive<Record<string, string>>({})

  const clear = (): void => {
    for (const key of Object.keys(messages)) delete messages[key]
  }

  /** Takes an error meant for one hazard's field; false when it is about something else. */
  const take = (e: unknown): boolean => {
    clear()
    const match = isApiError(e) ? /^hazards\.(\d+)\.(\w+)/.exec(e.field ?? '') : null
    if (!match || !isApiError(e)) return false
    messages[`${match[1]}.${match[2]}`] = e.message
    return true
  }

  const itemOf = (index: number) => (field: HazardField) => {
    const text = messages[`${index}.${field}`]
    return text === undefined ? {} : { feedback: text, validationStatus: 'error' as const }
  }

  watch(() => JSON.stringify(hazards()), clear)

  return { take, itemOf, clear }
}
