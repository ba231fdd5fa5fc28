import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Settings, SettingsUpdate } from '../../../electron/core/settings/schema'
import { call } from '../../api'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null)
  const operatorName = computed(() => settings.value?.operatorName ?? '')
  const officeName = computed(() => settings.value?.officeName ?? '')

  async function load(): Promise<void> {
    settings.value = await call('settings/get', {})
  }

  async function save(patch: SettingsUpdate): Promise<Settings> {
    settings.value = await call('settings/update', patch)
    return settings.value
  }

  return { settings, operatorName, officeName, load, save }
})
