import ExcelJS from 'exceljs'
import { AppError } from '../../errors'
import type { CellValue, Sheet, SheetRow } from './types'

/** What exceljs may hand back for a cell, reduced to a plain value (formulas to their last result). */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v
  if ('richText' in v) return v.richText.map((r) => r.text).join('')
  if ('formula' in v || 'sharedFormula' in v) {
    const r = v.result
    if (r === undefined || r === null || (typeof r === 'object' && !(r instanceof Date))) return null
    return r
  }
  if ('text' in v && typeof v.text === 'string') return v.text
  // An error value (#N/A) or a checkbox holds no data worth importing.
  return null
}

export const DAMAGED_WORKBOOK = '无法读取这个 Excel 文件：文件已损坏，或不是 .xlsx 格式（旧的 .xls 请在 Excel/WPS 中另存为 .xlsx）'

/** Reads one worksheet of an .xlsx file: the named one, or the first that has any data. */
export async function readXlsx(bytes: Buffer, wanted: string | undefined): Promise<Sheet> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new AppError('VALIDATION', DAMAGED_WORKBOOK, 'dataBase64')
  }
  const sheets = wb.worksheets.map((w) => w.name)
  const ws = wanted === undefined ? wb.worksheets.find((w) => w.actualRowCount > 0) : wb.worksheets.find((w) => w.name === wanted)
  if (!ws) {
    if (wanted !== undefined) throw new AppError('VALIDATION', `文件中没有名为「${wanted}」的工作表`, 'sheet')
    throw new AppError('VALIDATION', '文件中没有任何数据', 'dataBase64')
  }
  const rows: SheetRow[] = []
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: CellValue[] = []
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = plain(cell.value)
    })
    rows.push({ number, cells: Array.from(cells, (c) => c ?? null) })
  })
  return { name: ws.name, sheets, rows }
}
