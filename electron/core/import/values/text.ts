import { nameKey } from '../../text'

/**
 * Text as office ledgers hold it: typed with a Chinese IME (full-width digits, letters and spaces),
 * padded, with line breaks from Alt+Enter. Only digits, Latin letters, a few ASCII signs and spaces
 * are folded to half-width: Chinese punctuation in addresses and descriptions stays as written.
 * Names of units are then stored as a typed one is (normaliseName).
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g
/** Full-width forms that are safe to fold everywhere: digits, letters, and signs used in numbers. */
const FOLDABLE = /[0-9A-Za-z+\-./@#&*_]/

export function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => {
    const half = String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
    return FOLDABLE.test(half) ? half : ch
  })
}

/** One line of text: half-width digits and letters, spaces collapsed, trimmed. */
export function cleanLine(s: string): string {
  return halfWidth(s).replace(/[\s\u3000\u00A0]+/g, ' ').trim()
}

/** Text that may span lines (descriptions): each line cleaned, blank lines dropped. */
export function cleanBlock(s: string): string {
  return halfWidth(s)
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t\u3000\u00A0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n')
}

/** A key for comparing names and addresses typed by different people: nameKey, Latin letters lower-cased. */
export function matchKey(s: string): string {
  return nameKey(s).toLowerCase()
}
