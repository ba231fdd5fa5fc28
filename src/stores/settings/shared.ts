import type { Settings, SettingsUpdate } from '../../../electron/core/settings/schema'

/** The settings whose value is text (names, phone), edited as plain inputs. */
export type TextSettingKey = { [K in keyof Settings]: Settings[K] extends string ? K : never }[keyof Settings]

export const settingsForm = (s: Settings): Settings => ({ ...s })

/**
 * Only what the user changed of the fields a form shows, so the audit log records real changes and
 * a form holding an older copy of the other settings (a card beside it saved them) leaves them be.
 */
export function changedSettings(before: Settings, form: Settings, shown: readonly (keyof Settings)[]): SettingsUpdate {
  return Object.fromEntries(shown.filter((k) => form[k] !== before[k]).map((k) => [k, form[k]])) as SettingsUpdate
}
