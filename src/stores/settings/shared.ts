import type { Settings, SettingsUpdate } from '../../../electron/core/settings/schema'

/** The settings whose value is text (names, phone), edited as plain inputs. */
export type TextSettingKey = { [K in keyof Settings]: Settings[K] extends string ? K : never }[keyof Settings]

export const settingsForm = (s: Settings): Settings => ({ ...s })

/** Only what the user changed, so the audit log records real changes. */
export function changedSettings(before: Settings, form: Settings): SettingsUpdate {
  const keys = Object.keys(form) as (keyof Settings)[]
  return Object.fromEntries(keys.filter((k) => form[k] !== before[k]).map((k) => [k, form[k]])) as SettingsUpdate
}
