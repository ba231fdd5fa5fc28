import type ExcelJS from 'exceljs'

/*
 * One table per worksheet: optional lines above it (title, period, source), then a bold header
 * row that stays in view with a filter on it. Dates become real date cells; rates are fractions
 * shown as 80.1%; a number may carry its own format (a change shown as +3).
 */

export type ColumnType = 'text' | 'wrap' | 'number' | 'date' | 'percent'

export interface SheetColumn {
  header: string
  /** in characters, as Excel measures width */
  width: number
  type: ColumnType
}

/** A value, or a number with its own number format. */
export type SheetValue = string | number | null | { value: number; format: string }

export interface SheetSpec {
  name: string
  above?: readonly (readonly string[])[]
  columns: readonly SheetColumn[]
  rows: Iterable<readonly SheetValue[]>
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }
const FORMATS: Partial<Record<ColumnType, string>> = { date: 'yyyy-mm-dd', percent: '0.0%', number: '0' }

const dateCell = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`)

export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const above = spec.above ?? []
  const headerRow = above.length + 1
  const ws = wb.addWorksheet(spec.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: headerRow }] })
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1)
    col.width = c.width
    if (c.type === 'wrap') col.alignment = { wrapText: true, vertical: 'top' }
  })
  for (const line of above) ws.addRow([...line])
  if (above.length > 0) ws.getRow(1).font = { bold: true, size: 14 }
  const header = ws.addRow(spec.columns.map((c) => c.header))
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL
  })
  for (const values of spec.rows) {
    const row = ws.addRow(
      values.map((v, i) => {
        if (v === null || v === '') return null
        if (typeof v === 'object') return v.value
        return spec.columns[i]?.type === 'date' && typeof v === 'string' ? dateCell(v) : v
      }),
    )
    values.forEach((v, i) => {
      const format = v !== null && typeof v === 'object' ? v.format : FORMATS[spec.columns[i]?.type ?? 'text']
      if (format && v !== null && v !== '') row.getCell(i + 1).numFmt = format
    })
  }
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: spec.columns.length } }
}
