/**
 * The deadline reader: what a 时限 as offices write it means. Pure, no I/O.
 *
 * A 时限 is a date ("3月底前", "2021年4月15日前"), a rhythm ("每月26日前", "每周四", "每季度末"),
 * ongoing work ("长期坚持"), or an event the reader cannot date ("两会结束前", "春节前"): the last is
 * flagged so that the user types the date. A date without a year takes the campaign's year.
 */

import type { Recurring } from './types'

export type { Recurring }

export interface DeadlineReading {
  /** the words the deadline was read from, as written ('' when none was found) */
  dueText: string
  deadline: string | null
  recurring: Recurring | null
  /** 长期坚持, 常态化 …: no date is owed */
  ongoing: boolean
  /** an event or words the reader cannot turn into a date: the user must type one */
  undatable: boolean
  /** why the words do not give a valid date (2月30日), in Chinese */
  problem?: string
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 12, 十二, 二十六, 廿六 → a number; 二〇二一 → 2021 (digit by digit). */
export function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  if (!/[十廿]/.test(s)) return Number([...s].map((c) => CN_DIGITS[c] ?? NaN).join(''))
  const t = s.replace('廿', '二十')
  const [tens, ones] = t.split('十') as [string, string]
  return (tens === '' ? 1 : (CN_DIGITS[tens] ?? NaN)) * 10 + (ones === '' ? 0 : (CN_DIGITS[ones] ?? NaN))
}

const N = '[0-9〇零一二两三四五六七八九十廿]+'
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 }

const pad = (n: number): string => String(n).padStart(2, '0')
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

function isoOf(y: number, m: number, d: number): { iso?: string; problem?: string } {
  if (!(m >= 1 && m <= 12)) return { problem: `${m}月不是有效的月份` }
  if (!(d >= 1 && d <= lastDay(y, m))) return { problem: `${y}年${m}月没有${d}日` }
  return { iso: `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}` }
}

/** The year a phrase names: 2021年, 二〇二一年, 明年, 今年, or the campaign's. */
function yearOf(prefix: string | undefined, campaignYear: number): number {
  if (prefix === undefined || prefix === '') return campaignYear
  if (prefix.startsWith('明')) return campaignYear + 1
  if (prefix.startsWith('今') || prefix.startsWith('本')) return campaignYear
  return cnNumber(prefix.replace(/年$/, ''))
}

interface Rule {
  re: RegExp
  read: (m: RegExpExecArray, year: number) => Omit<DeadlineReading, 'dueText'>
}

const none = { deadline: null, recurring: null, ongoing: false, undatable: false }
const dated = (r: { iso?: string; problem?: string }): Omit<DeadlineReading, 'dueText'> =>
  r.iso !== undefined ? { ...none, deadline: r.iso } : { ...none, undatable: true, problem: r.problem ?? '' }
const YEAR = `((?:\\d{4}|[〇零一二三四五六七八九]{4})年|明年|今年|本年)?`
const BEFORE = '(?:之前|以前|前|止|为止)?'

/** Tried in order; the first whose match starts earliest in the text wins. */
const RULES: Rule[] = [
  { re: /长期坚持|长期开展|长期执行|常态化推进|持续推进|长期/, read: () => ({ ...none, ongoing: true }) },
  {
    re: new RegExp(`每(?:个)?月(?:的)?(${N})(?:日|号)${BEFORE}`),
    read: (m) => {
      const d = cnNumber(m[1] ?? '')
      return d >= 1 && d <= 31 ? { ...none, recurring: `monthly:${d}` } : { ...none, undatable: true, problem: `每月${d}日不是有效的日子` }
    },
  },
  {
    re: /每(?:周|星期|礼拜)(?:星期|周)?([一二三四五六日天1-7])/,
    read: (m) => ({ ...none, recurring: `weekly:${WEEKDAYS[m[1] ?? ''] ?? 1}` }),
  },
  { re: /每(?:个)?季度(?:末|底)?/, read: () => ({ ...none, recurring: 'quarterly' }) },
  { re: /每(?:个)?月(?:底|末)?/, read: () => ({ ...none, recurring: 'monthly' }) },
  {
    re: new RegExp(`(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})${BEFORE}`),
    read: (m) => dated(isoOf(Number(m[1]), Number(m[2]), Number(m[3]))),
  },
  {
    re: new RegExp(`${YEAR}(${N})月(${N})(?:日|号)${BEFORE}`),
    read: (m, y) => dated(isoOf(yearOf(m[1], y), cnNumber(m[2] ?? ''), cnNumber(m[3] ?? ''))),
  },
  {
    re: new RegExp(`${YEAR}(${N})月(?:份)?(上旬|中旬|下旬|底|末|份)${BEFORE}`),
    read: (m, y) => {
      const year = yearOf(m[1], y)
      const month = cnNumber(m[2] ?? '')
      const day = m[3] === '上旬' ? 10 : m[3] === '中旬' ? 20 : lastDay(year, month)
      return dated(isoOf(year, month, day))
    },
  },
  {
    re: new RegExp(`${YEAR}(?:第)?([一二三四1-4])季度(?:末|底)?${BEFORE}`),
    read: (m, y) => {
      const q = cnNumber(m[2] ?? '')
      const year = yearOf(m[1], y)
      return dated(isoOf(year, q * 3, lastDay(year, q * 3)))
    },
  },
  { re: new RegExp(`${YEAR}上半年${BEFORE}`), read: (m, y) => dated(isoOf(yearOf(m[1], y), 6, 30)) },
  { re: new RegExp(`${YEAR}(?:年底|年末|下半年|全年|年内)${BEFORE}`), read: (m, y) => dated(isoOf(yearOf(m[1], y), 12, 31)) },
  { re: /(\d{4})年(?:底|末)/, read: (m) => dated(isoOf(Number(m[1]), 12, 31)) },
  {
    re: /(?:\d{4}年)?(?:全国|全省|全市|全区|全镇)?[“"]?(?:两会|春节|元旦|元宵|国庆|中秋|清明|五一|冬防|节前|活动|结束|开学|汛期|验收)[^，。；、\s]{0,6}(?:之前|以前|前|后\d+日内)/,
    read: () => ({ ...none, undatable: true }),
  },
  { re: /即日起|立即/, read: () => ({ ...none, undatable: true }) },
]

/**
 * Reads the deadline in `text`: a 时限 cell, or a task's prose when there is no 时限 column
 * (then the earliest phrase that reads as a deadline counts; prose with none gives an empty reading).
 */
export function readDeadline(text: string, campaignYear: number): DeadlineReading {
  const s = text.normalize('NFKC').replace(/\s+/g, '')
  let best: { index: number; match: RegExpExecArray; rule: Rule } | null = null
  for (const rule of RULES) {
    const m = rule.re.exec(s)
    if (m !== null && (best === null || m.index < best.index)) best = { index: m.index, match: m, rule }
  }
  if (best === null) return { dueText: '', ...none }
  return { dueText: best.match[0], ...best.rule.read(best.match, campaignYear) }
}

/** Reads a 时限 cell: all of it is the deadline, so words the reader does not know are undatable. */
export function readDueCell(cell: string, campaignYear: number): DeadlineReading {
  const written = cell.normalize('NFKC').trim()
  if (written === '') return { dueText: '', ...none }
  const r = readDeadline(written, campaignYear)
  if (r.dueText === '') return { dueText: written, ...none, undatable: true }
  return { ...r, dueText: written }
}

/** The next day a rhythm falls due on or after `today`: 'monthly' is the month's last day. */
export function nextDue(recurring: Recurring, today: string): string {
  const y = Number(today.slice(0, 4))
  const m = Number(today.slice(5, 7))
  const d = Number(today.slice(8, 10))
  const at = (yy: number, mm: number, dd: number): string => `${yy}-${pad(mm)}-${pad(Math.min(dd, lastDay(yy, mm)))}`
  if (recurring === 'monthly') return at(y, m, 31)
  if (recurring === 'quarterly') return at(y, Math.ceil(m / 3) * 3, 31)
  const [kind, n] = recurring.split(':') as [string, string]
  const k = Number(n)
  if (kind === 'monthly') return d <= Math.min(k, lastDay(y, m)) ? at(y, m, k) : m === 12 ? at(y + 1, 1, k) : at(y, m + 1, k)
  const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
  const ahead = (k - weekday + 7) % 7
  return new Date(Date.parse(`${today}T00:00:00Z`) + ahead * 86_400_000).toISOString().slice(0, 10)
}

/** How people read a rhythm: 每月26日前, 每周四, 每季度末, 每月. */
export function recurringLabel(recurring: Recurring): string {
  if (recurring === 'monthly') return '每月'
  if (recurring === 'quarterly') return '每季度末'
  const [kind, n] = recurring.split(':') as [string, string]
  return kind === 'monthly' ? `每月${n}日前` : `每周${'一二三四五六日'[Number(n) - 1] ?? ''}`
}
