/** A cell's value as read: dates from date cells, numbers from number cells, text otherwise. */
export type CellValue = string | number | boolean | Date | null

export interface SheetRow {
  /** The row number Excel shows (1-based). */
  number: number
  /** Index 0 is column A. */
  cells: CellValue[]
}

/** One worksheet, reduced to its values. */
export interface Sheet {
  name: string
  /** Every worksheet of the file, for choosing another. */
  sheets: string[]
  rows: SheetRow[]
}

/** A → 0 … Z → 25, AA → 26; and back. */
export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** Column letters as a mapping names them: A … ZZZ, upper case. */
export const isColumnLetter = (s: string): boolean => /^[A-Z]{1,3}$/.test(s)

export function columnIndex(letter: string): number {
  let n = 0
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}

export const isBlankCell = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '')
