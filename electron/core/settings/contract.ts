import type { Settings, SettingsUpdate } from './schema'

export interface SettingsContract {
  'settings/get': { args: Record<string, never>; result: Settings }
  'settings/update': { args: SettingsUpdate; result: Settings }
}
