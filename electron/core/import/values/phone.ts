import { phonePattern } from '../../validation'
import { halfWidth } from './text'

export interface PhoneReading {
  /** The first valid number, as the subject form would store it; '' when none. */
  phone: string
  /** Other numbers in the cell, or the whole cell when no number could be read, for the notes. */
  rest: string[]
  /** Excel turned a long number into 1.38E+10: the digits are lost. */
  mangled: boolean
}

/** Digits and dashes only: drops spaces and brackets around an area code, 「转」 becomes a dash. */
function tidy(s: string): string {
  return s
    .replace(/[（(]\s*(0\d{2,3})\s*[）)]\s*/g, '$1-')
    .replace(/\s*(转|ext\.?)\s*/gi, '-')
    .replace(/[\s\u00A0]+/g, '')
    .replace(/[—–－]/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** A phone cell: possibly several numbers (「138…/0577-…」), spaces, full-width digits. */
export function readPhone(cell: string): PhoneReading {
  // A country code before a mobile number is dropped first, so that its space does not split the number off.
  const text = halfWidth(cell)
    .replace(/(\+86|0086)[\s-]*(?=1[3-9]\d{9})/g, '')
    .trim()
  if (text === '') return { phone: '', rest: [], mangled: false }
  if (/^\d(\.\d+)?E\+\d+$/i.test(text)) return { phone: '', rest: [text], mangled: true }
  const parts = text
    .split(/[/、,，;；|]|\s{2,}|\s(?=1[3-9]\d{9})/)
    .map(tidy)
    .filter((p) => p !== '')
  const valid = parts.filter((p) => phonePattern.test(p))
  const phone = valid[0] ?? ''
  if (phone === '') return { phone: '', rest: [text], mangled: false }
  return { phone, rest: parts.filter((p) => p !== phone), mangled: false }
}
