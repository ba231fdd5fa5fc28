import type { Settings, SettingsUpdate } from '../../../electron/core/settings/schema'

/*
 * The setup page edits the 代字 alone; the setting stores the whole pattern (代字〔{年}〕{n}号),
 * which 设置 → 文书设置 can still edit in full.
 */

const TAIL = '〔{年}〕{n}号'

export const NUMBER_KEYS = [
  'docNumberRectificationNotice',
  'docNumberRecheckOpinion',
  'docNumberWarningLetter',
  'docNumberNoticeLetter',
  'docNumberInterviewNotice',
  'docNumberSupervisionNotice',
  'docNumberCircular',
  'docNumberQuarterlyReport',
] as const
export type NumberKey = (typeof NUMBER_KEYS)[number]

export const TEXT_KEYS = ['officeName', 'officeShortName', 'officeMark', 'townName', 'docSigner', 'docReviewer', 'contactPerson', 'contactPhone'] as const
export type SetupTextKey = (typeof TEXT_KEYS)[number]

export type SetupForm = Record<SetupTextKey | NumberKey, string> & { signOffByOnePerson: boolean; areas: string }

export const prefixOf = (pattern: string): string => (pattern.endsWith(TAIL) ? pattern.slice(0, -TAIL.length) : pattern)

/** 柳市消安委办 → 柳市消安委办〔2026〕1号: what the first document of the year will carry. */
export const previewNumber = (prefix: string, year: number): string => `${prefix.trim()}〔${year}〕1号`

export function setupFormOf(s: Settings): SetupForm {
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, s[k]])) as Record<SetupTextKey, string>
  const prefixes = Object.fromEntries(NUMBER_KEYS.map((k) => [k, prefixOf(s[k])])) as Record<NumberKey, string>
  return { ...texts, ...prefixes, signOffByOnePerson: s.signOffByOnePerson, areas: '' }
}

export function settingsOf(f: SetupForm): SettingsUpdate {
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, f[k]]))
  const patterns = Object.fromEntries(NUMBER_KEYS.map((k) => [k, `${f[k].trim()}${TAIL}`]))
  return { ...texts, ...patterns, signOffByOnePerson: f.signOffByOnePerson, setupDone: true }
}

/** Names typed one per line, or pasted from a column or a list separated by 、，, or tabs. */
export const areaNamesOf = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\n\r\t、，,；;]+/)
      .map((n) => n.trim())
      .filter((n) => n !== ''),
  ),
]
