import ExcelJS from 'exceljs'
import { AppError } from '../../errors'
import { cellText, type GridRow, type TaskGrid } from './grid'

const plain = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v !== 'object') return String(v)
  if ('richText' in v) return v.richText.map((r) => r.text).join('')
  if ('result' in v) return v.result === undefined || v.result === null ? '' : plain(v.result as ExcelJS.CellValue)
  if ('text' in v && typeof v.text === 'string') return v.text
  return ''
}

/**
 * Reads the first worksheet with data into a grid. A merged range gives its text to every cell it
 * covers; a cell merged down from the row above is marked so, as a .docx w:vMerge is.
 */
export async function readXlsxGrid(fileName: string, bytes: Buffer): Promise<TaskGrid> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new AppError('VALIDATION', `「${fileName}」无法读取：文件已损坏，或不是 Excel 的 .xlsx 文件`, 'dataBase64')
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0)
  if (ws === undefined) throw new AppError('VALIDATION', `「${fileName}」中没有任何数据`, 'dataBase64')
  const width = ws.columnCount
  const rows: GridRow[] = []
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const g: GridRow = { number: r, cells: [], fromAbove: [], header: false }
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c)
      const master = cell.isMerged ? cell.master : cell
      g.cells.push(cellText(plain(master.value).split(/\r?\n/)))
      g.fromAbove.push(master !== cell && Number(master.row) < r)
    }
    if (g.cells.some((x) => x !== '')) rows.push(g)
  }
  return { fileName, above: [], rows }
}
