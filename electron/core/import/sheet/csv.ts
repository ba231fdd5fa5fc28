import type { Sheet, SheetRow } from './types'

/**
 * The text of a .csv file. Excel on Chinese Windows saves 「CSV（逗号分隔）」 in GBK and 「CSV UTF-8」
 * with a byte-order mark; WPS and other tools write UTF-8 without one. A file that is not valid
 * UTF-8 is read as GB18030, the superset of GBK and GB2312.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** Comma-separated, or tab-separated (Excel's 「Unicode 文本」), judged by the first line. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/))
  return (first.match(/\t/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? '\t' : ','
}

/** RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const d = delimiterOf(text)
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') {
        quoted = false
      } else {
        field += ch
      }
    } else if (ch === '"' && field === '') {
      quoted = true
    } else if (ch === d) {
      record.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else {
      field += ch
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}

/** A .csv file as a sheet: every cell is text, row numbers are record numbers (what Excel shows). */
export function readCsv(bytes: Uint8Array, fileName: string): Sheet {
  const rows: SheetRow[] = parseCsv(decodeText(bytes)).map((cells, i) => ({ number: i + 1, cells }))
  const name = fileName.replace(/\.[^.]*$/, '')
  return { name, sheets: [name], rows }
}
