import { useMessage } from 'naive-ui'
import { reactive } from 'vue'
import type { Settings } from '../../../electron/core/settings/schema'
import { useFormErrors } from '../../composables/useFormErrors'
import { useSubmit } from '../../composables/useSubmit'
import { t, type LocaleKey } from '../../locales'
import { useSettingsStore } from '.'
import { changedSettings, settingsForm } from './shared'

/**
 * One card of 设置: the saved settings to edit, every field the core refuses beside it, and a save
 * that sends only the fields this card shows, so one card never puts back another's older values.
 */
export function useSettingsForm<K extends keyof Settings>(checked: readonly K[], shown: readonly (keyof Settings)[], savedText: LocaleKey) {
  const toast = useMessage()
  const store = useSettingsStore()
  // The layout loads settings before any page shows, so they are here.
  const form = reactive<Settings>(store.settings ? settingsForm(store.settings) : ({} as Settings))
  const errors = useFormErrors(checked, form)
  const { busy, run } = useSubmit(errors)

  async function save(): Promise<void> {
    const current = store.settings
    if (!current) return
    await run(async () => {
      Object.assign(form, settingsForm(await store.save(changedSettings(current, form, shown))))
      toast.success(t(savedText))
    })
  }

  return { form, errors, busy, save }
}
