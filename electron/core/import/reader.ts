import type { FieldColumn } from './header'
import type { ImportField, ImportProblem } from './schema'
import { isBlankCell, type CellValue, type SheetRow } from './sheet/types'
import { isoOfUtcDate, parseDate } from './values/date'
import { cleanBlock, cleanLine } from './values/text'

/** A cell as text: integers without exponent or decimals, dates as ISO, booleans as 是/否. */
export function cellText(v: CellValue): string {
  if (v === null) return ''
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : isoOfUtcDate(v)
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v)
  return v
}

/**
 * Reads the fields of one data row and collects its problems, each naming the row and the
 * column as the user sees them in Excel.
 */
export class RowReader {
  readonly problems: ImportProblem[] = []

  constructor(
    readonly row: SheetRow,
    private readonly columns: ReadonlyMap<ImportField, FieldColumn>,
    private readonly labels: ReadonlyMap<ImportField, string>,
  ) {}

  get number(): number {
    return this.row.number
  }

  get failed(): boolean {
    return this.problems.some((p) => p.level === 'error')
  }

  label(field: ImportField): string {
    return this.labels.get(field) ?? field
  }

  /** Whether the sheet has a column for the field. */
  mapped(field: ImportField): boolean {
    return this.columns.has(field)
  }

  raw(field: ImportField): CellValue {
    const c = this.columns.get(field)
    return c === undefined ? null : (this.row.cells[c.index] ?? null)
  }

  isBlank(field: ImportField): boolean {
    return isBlankCell(this.raw(field))
  }

  error(field: ImportField | '', message: string): void {
    this.add(field, 'error', message)
  }

  warn(field: ImportField | '', message: string): void {
    this.add(field, 'warning', message)
  }

  private add(field: ImportField | '', level: ImportProblem['level'], message: string): void {
    const column = field === '' ? '' : (this.columns.get(field)?.ref ?? '')
    this.problems.push({ row: this.row.number, column, field, level, message })
  }

  /** One line of text; a required one that is blank, or one too long, is an error. */
  text(field: ImportField, max: number, required = false): string {
    return this.checked(field, cleanLine(cellText(this.raw(field))), max, required)
  }

  /** Text that may keep its line breaks (descriptions). */
  block(field: ImportField, max: number, required = false): string {
    return this.checked(field, cleanBlock(cellText(this.raw(field))), max, required)
  }

  private checked(field: ImportField, s: string, max: number, required: boolean): string {
    if (required && s === '') this.error(field, `未填写${this.label(field)}`)
    if ([...s].length > max) this.error(field, `${this.label(field)}超过${max}个字`)
    return s
  }

  /** An ISO date, or null when blank (an error if required) or unreadable (always an error). */
  date(field: ImportField, required = false): string | null {
    const v = this.raw(field)
    if (isBlankCell(v) || v === null) {
      if (required) this.error(field, `未填写${this.label(field)}`)
      return null
    }
    const iso = typeof v === 'boolean' ? null : parseDate(v)
    if (iso === null) this.error(field, `「${cleanLine(cellText(v))}」不是有效日期（可写作 2024-3-5、2024/3/5、2024.3.5 或 2024年3月5日）`)
    return iso
  }
}
