import type { Operator } from '../../../electron/core/operators/schema'
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

export const TEXT_KEYS = ['officeName', 'officeShortName', 'officeMark', 'townName', 'contactPerson', 'contactPhone'] as const
export type SetupTextKey = (typeof TEXT_KEYS)[number]

/** operatorName is the one set up before, empty on the first run (the install's “管理员” is nobody's name). */
export type SetupForm = Record<SetupTextKey | NumberKey, string> & { signOffByOnePerson: boolean; areas: string; operatorName: string }

export const prefixOf = (pattern: string): string => (pattern.endsWith(TAIL) ? pattern.slice(0, -TAIL.length) : pattern)

/** 白石消安委办 → 白石消安委办〔2026〕1号: what the first document of the year will carry. */
export const previewNumber = (prefix: string, year: number): string => `${prefix.trim()}〔${year}〕1号`

/** What each kind adds to the office's 代字 (白石消安委办整改, 白石消安委办复 …); the 文件-style kinds add nothing. */
const KIND_MARKS: Record<NumberKey, string> = {
  docNumberRectificationNotice: '整改',
  docNumberRecheckOpinion: '复',
  docNumberWarningLetter: '函',
  docNumberNoticeLetter: '函',
  docNumberInterviewNotice: '约',
  docNumberSupervisionNotice: '',
  docNumberCircular: '',
  docNumberQuarterlyReport: '',
}

/** 白石镇消安委办 → 白石消安委办整改: a 代字 leaves out the 镇 (乡, 街道) of the short name. */
export const prefixFromShortName = (shortName: string, key: NumberKey): string => `${shortName.trim().replace(/镇|乡|街道/, '')}${KIND_MARKS[key]}`

/**
 * The 代字 that follow the short name as it is typed: those it gave when the page opened. One the
 * clerk then writes by hand leaves the set; an office set up earlier with its own keeps them.
 */
export const followingKeys = (f: SetupForm): Set<NumberKey> => new Set(NUMBER_KEYS.filter((k) => f[k] === prefixFromShortName(f.officeShortName, k)))

export const prefixesFor = (shortName: string, keys: Iterable<NumberKey>): Partial<Record<NumberKey, string>> =>
  Object.fromEntries([...keys].map((k) => [k, prefixFromShortName(shortName, k)]))

export function setupFormOf(s: Settings): SetupForm {
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, s[k]])) as Record<SetupTextKey, string>
  const prefixes = Object.fromEntries(NUMBER_KEYS.map((k) => [k, prefixOf(s[k])])) as Record<NumberKey, string>
  return { ...texts, ...prefixes, signOffByOnePerson: s.signOffByOnePerson, areas: '', operatorName: s.setupDone ? s.operatorName : '' }
}

/**
 * What the setup saves. On the first run the 经办人 (whose name a write carries when nobody is on
 * duty) becomes the first operator listed, else the 联系人: the office's people, not “管理员”.
 */
export function settingsOf(f: SetupForm, operators: readonly Pick<Operator, 'name' | 'voidedAt'>[]): SettingsUpdate {
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, f[k]]))
  const patterns = Object.fromEntries(NUMBER_KEYS.map((k) => [k, `${f[k].trim()}${TAIL}`]))
  const operatorName = f.operatorName || (operators.find((o) => o.voidedAt === null)?.name ?? f.contactPerson.trim())
  return { ...texts, ...patterns, ...(operatorName ? { operatorName } : {}), signOffByOnePerson: f.signOffByOnePerson, setupDone: true }
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
