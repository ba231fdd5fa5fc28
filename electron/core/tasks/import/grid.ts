import { AppError } from '../../errors'
import { plainText } from '../../text'

/**
 * A task list as a plain grid, whatever file it came from: one string per grid column, merged
 * cells resolved. The importer reads only this, so .docx and .xlsx lists behave alike.
 */
export interface GridRow {
  /** the row as the user finds it: the table's row number (.docx) or the sheet's (.xlsx), 1-based */
  number: number
  cells: string[]
  /** true where the cell is the continuation of a cell merged down from the row above */
  fromAbove: boolean[]
  /** marked as a header row that repeats on each page (w:tblHeader) */
  header: boolean
}

export interface TaskGrid {
  fileName: string
  /** the lines written above the table: 附件, the list's title */
  above: string[]
  rows: GridRow[]
}

/** A task list is tens of KB; a file above 20 MB (a 50 MB scan) is refused before reading. */
export const MAX_TASK_FILE_BYTES = 20 * 1024 * 1024

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/** Refuses what cannot be a readable .docx/.xlsx before any parsing, naming the file. */
export function checkTaskFile(fileName: string, bytes: Buffer): 'docx' | 'xlsx' {
  const lower = fileName.toLowerCase()
  const fail = (message: string) => new AppError('VALIDATION', `「${fileName}」${message}`, 'dataBase64')
  if (bytes.length > MAX_TASK_FILE_BYTES) throw fail(`有 ${(bytes.length / 1024 / 1024).toFixed(0)} MB，超过任务清单文件的上限 20 MB，请只保留任务清单表格后再导入`)
  if (bytes.length === 0) throw fail('是空文件')
  if (bytes.subarray(0, 8).equals(CFB)) {
    if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw fail('设有打开密码（已加密），请在WPS/Word中取消密码、另存后再导入')
    if (lower.endsWith('.xls')) throw fail('是旧版 .xls 文件，请在WPS/Excel中另存为.xlsx后导入')
    throw fail('是旧版 .doc 文件，请在WPS/Word中另存为.docx后导入')
  }
  if (lower.endsWith('.doc')) throw fail('是旧版 .doc 文件，请在WPS/Word中另存为.docx后导入')
  if (lower.endsWith('.xls')) throw fail('是旧版 .xls 文件，请在WPS/Excel中另存为.xlsx后导入')
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw fail('不是 .docx 或 .xlsx 文件（文件已损坏或格式不对）')
  if (lower.endsWith('.xlsx')) return 'xlsx'
  if (lower.endsWith('.docx')) return 'docx'
  throw fail('不是 .docx 或 .xlsx 文件，请选择 Word 或 Excel 格式的任务清单')
}

/** Trims each line, drops empty ones, joins with a newline: how a cell's paragraphs read. */
export const cellText = (paragraphs: string[]): string =>
  paragraphs
    .map(plainText)
    .filter((p) => p !== '')
    .join('\n')
