import { AppError } from '../../errors'
import { cappedBytes, checkCsvRows, type FileCaps } from '../../safety/file-caps'
import { readCsv } from './csv'
import type { Sheet } from './types'
import { readXlsx } from './xlsx'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (b: Uint8Array, magic: readonly number[]) => magic.every((x, i) => b[i] === x)

/**
 * The file as the renderer sent it, within the import caps (size, zip, rows) before it is read;
 * an empty or non-base64 payload is refused.
 */
export async function fileBytes(dataBase64: string, caps: FileCaps): Promise<Buffer> {
  const bytes = await cappedBytes(dataBase64, caps)
  if (bytes.length === 0) throw new AppError('VALIDATION', '文件是空的', 'dataBase64')
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, OLE_MAGIC)) checkCsvRows(bytes, caps)
  return bytes
}

/**
 * Reads the sheet to import, by what the file is rather than what it is called: an .xlsx is a
 * zip, an old .xls a compound document (refused with advice), anything else is read as CSV text.
 */
export async function readSheet(fileName: string, bytes: Buffer, sheet: string | undefined): Promise<Sheet> {
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes, sheet)
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new AppError('VALIDATION', '暂不支持旧版 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入', 'dataBase64')
  }
  if (/\.(xlsx|xlsm|xls|et|ods)$/i.test(fileName)) {
    throw new AppError('VALIDATION', `「${fileName}」不是有效的 Excel 文件（可能已损坏），请重新保存后再导入`, 'dataBase64')
  }
  return readCsv(bytes, fileName)
}
