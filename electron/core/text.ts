/*
 * Text as people type or paste it. One function each, so that every name field and every list
 * item is read the same way wherever it comes from (a form, an import, the command line).
 */

/** Zero-width and invisible format characters a pasted name may carry (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen…). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu

/** A Han character or CJK punctuation: Chinese is written without spaces between them. */
const CJK = '[\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF]'
const SPACE_BY_CJK = new RegExp(`(?<=${CJK}) | (?=${CJK})`, 'gu')

/**
 * A name as stored — of a unit, a village, a grid, a person: as typed, with its Chinese
 * punctuation (official text writes 「（三合一）」 with full-width brackets), but invisible
 * characters removed, runs of spaces made one, spaces beside Chinese characters dropped
 * (「好运来 小吃店」 is how a hurried hand types 「好运来小吃店」), surrounding spaces trimmed.
 * 「好运来\u200B小吃店 」 and 「好运来　小吃店」 are stored as 「好运来小吃店」; 「Happy Mart」
 * keeps its one space.
 */
export function normaliseName(s: string): string {
  return s.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim().replace(SPACE_BY_CJK, '')
}

/**
 * The key two names are compared by: the stored form, then NFKC (full-width letters, digits and
 * brackets folded) and no spaces at all. 「好运来（分店）」 and 「好运来(分店)」 have one key.
 */
export function nameKey(s: string): string {
  return normaliseName(s).normalize('NFKC').replace(/\s+/gu, '')
}

/** Any pasted line (a cell of a task list, a paragraph): NFKC, invisible characters removed, trimmed. */
export function plainText(s: string): string {
  return s.normalize('NFKC').replace(INVISIBLE, '').trim()
}

/** A leading list number: 1. 1．1、 (1) （1） 1) — a number of one or two digits, then its mark. */
const LIST_NUMBER = /^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、)）](?!\d*\s*$))\s*/u

/**
 * The item without the number it was typed with: 「1.2024年3月底前完成」 is item 1 reading
 * 「2024年3月底前完成」, not the decimal 1.2024. The document numbers its items itself.
 */
export function stripListNumber(s: string): string {
  return s.replace(LIST_NUMBER, '').trim()
}
