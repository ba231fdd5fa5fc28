import { formatDateZh } from '../dates'
import { AppError } from '../errors'

/*
 * How values look in an issued document (GB/T 9704): dates as 2024年3月5日 with no zero padding,
 * times as 9时30分, numbers as 代字〔年〕序号号. Data stays ISO; only documents use these forms.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/

/** 2024-03-05 → 2024年3月5日 */
export function formatDate(iso: string): string {
  const m = isoDate.exec(iso)
  if (!m) throw new AppError('VALIDATION', `日期「${iso}」格式应为 YYYY-MM-DD`)
  return formatDateZh(iso)
}

/** 09:30 → 9时30分, 14:00 → 14时 */
function formatClock(hh: string, mm: string): string {
  return Number(mm) === 0 ? `${Number(hh)}时` : `${Number(hh)}时${Number(mm)}分`
}

/** 2024-03-12T09:30 → 2024年3月12日9时30分 */
export function formatDateTime(iso: string): string {
  const m = isoDateTime.exec(iso)
  if (!m) throw new AppError('VALIDATION', `时间「${iso}」格式应为 YYYY-MM-DDTHH:mm`)
  return `${formatDate(`${m[1]}-${m[2]}-${m[3]}`)}${formatClock(m[4] ?? '', m[5] ?? '')}`
}

/** A time span as minutes give it: the date once when both ends fall on the same day. */
export function formatTimeRange(start: string, end: string): string {
  const s = isoDateTime.exec(start)
  const e = isoDateTime.exec(end)
  if (!s || !e) throw new AppError('VALIDATION', `时间「${s ? end : start}」格式应为 YYYY-MM-DDTHH:mm`)
  const sameDay = start.slice(0, 10) === end.slice(0, 10)
  return `${formatDateTime(start)}至${sameDay ? formatClock(e[4] ?? '', e[5] ?? '') : formatDateTime(end)}`
}

export interface DocNumberParts {
  /** 代字, e.g. 柳市消安委办 or 柳市消安委办函 */
  prefix: string
  year: number
  seq: number
}

/** 柳市消安委办 + 2024 + 12 → 柳市消安委办〔2024〕12号 (六角括号, no leading zeros, no 第). */
export function formatDocNumber({ prefix, year, seq }: DocNumberParts): string {
  const p = prefix.trim()
  if (p === '' || /[〔〕[\]()（）]/.test(p)) throw new AppError('VALIDATION', `文号代字「${prefix}」不能为空，也不能带括号`, 'prefix')
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new AppError('VALIDATION', `文号年份「${year}」应为四位数`, 'year')
  if (!Number.isInteger(seq) || seq < 1) throw new AppError('VALIDATION', `文号序号「${seq}」应为从1开始的整数`, 'seq')
  return `${p}〔${year}〕${seq}号`
}

/*
 * Control characters pasted into a form (from Excel, web pages, old systems) make invalid XML or
 * invisible garbage in Word; bidi overrides can disguise text. Tabs become spaces, CR/LF become LF
 * (a line break inside one paragraph); lone surrogates are dropped.
 */
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function stripControl(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(controls, '').replace(loneSurrogates, '')
}

/** stripControl applied to every string inside plain data (objects, arrays). */
export function stripControlDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControl(value)
  if (Array.isArray(value)) return value.map(stripControlDeep)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripControlDeep(v)]))
  }
  return value
}
