import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Table } from './columns'

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }

/** An ISO date as the UTC midnight exceljs writes as that day's serial number. */
const dateCell = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`)

/** Sheet names may not hold []:*?/\ and are at most 31 characters. */
const sheetName = (title: string): string => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31)

/**
 * One sheet: a bold header row that stays in view (frozen) with a filter on it, widths per column,
 * dates as date cells shown as 2024-03-05, long text wrapped. Rows are streamed into the zip as
 * they are read, so a ledger of 100 000 hazards is never held as a workbook model in memory.
 */
export async function writeWorkbook(table: Table, createdAt: Date): Promise<{ buffer: Buffer; rows: number }> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  wb.creator = '消安督办台'
  wb.created = createdAt
  const ws = wb.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : c.type === 'wrap' ? { alignment: { wrapText: true, vertical: 'top' } } : {},
  }))
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } }
  const header = ws.getRow(1)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', horizontal: 'center' }
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL
  })
  header.commit()
  let rows = 0
  for (const values of table.rows) {
    ws.addRow(values.map((v, i) => (v !== null && table.columns[i]?.type === 'date' ? dateCell(String(v)) : v === '' ? null : v))).commit()
    rows++
  }
  ws.commit()
  await wb.commit()
  return { buffer: Buffer.concat(chunks), rows }
}
