import type { SetupState, Settings, SettingsUpdate } from './schema'

export interface SettingsContract {
  'settings/get': { args: Record<string, never>; result: Settings }
  'settings/update': { args: SettingsUpdate; result: Settings }
  'settings/setupState': { args: Record<string, never>; result: SetupState }
}
