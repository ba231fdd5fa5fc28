import yauzl from 'yauzl'
import { AppError } from '../errors'
import { MAX_INFLATE_RATIO, RATIO_FLOOR } from './schema'

/*
 * A .docx or .xlsx is a zip, and the libraries that read them (PizZip, ExcelJS) inflate every part
 * in memory, trusting nothing but the bytes: a 210 KB template that inflates to 200 MB, or a
 * workbook of a million tiny rows, would take the memory and minutes. So an outside Office file
 * passes here first: entry count, declared sizes and inflate ratios from the zip's directory
 * before anything is inflated, then each part is streamed once through yauzl, which stops a part
 * the moment it inflates beyond its declared size (a directory that lies), and worksheet rows are
 * counted in the stream, stopping at the cap.
 */

export interface OfficeZipCaps {
  /** what the file is, in the messages: 模板文件, 导入文件 */
  label: string
  /** the input field the file came in */
  field: string
  maxEntries: number
  /** uncompressed bytes of all parts together */
  maxUnpackedBytes: number
  /** rows of any one worksheet; undefined when the file is not read as a workbook */
  maxRows?: number
  /** what to say of a zip that cannot be read, when the file's reader has its own words for it */
  damaged?: string
}

const MB = 1024 * 1024
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/
/** A row element, with or without a namespace prefix (<row …>, <x:row>). */
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g

const sizeText = (bytes: number): string => (bytes >= MB ? `${Math.ceil(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`)

/** Counts row elements in a stream of worksheet XML, carrying a tag cut by a chunk boundary over. */
class RowCounter {
  count = 0
  private carry = ''

  add(chunk: Buffer): void {
    const text = this.carry + chunk.toString('latin1')
    const lastOpen = text.lastIndexOf('<')
    const cut = lastOpen >= 0 && text.length - lastOpen < 32 ? lastOpen : text.length
    this.carry = text.slice(cut)
    this.count += text.slice(0, cut).match(ROW_TAG)?.length ?? 0
  }

  finish(): number {
    this.count += this.carry.match(ROW_TAG)?.length ?? 0
    this.carry = ''
    return this.count
  }
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('zip')) : resolve(zip),
    ),
  )
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error('read')) : resolve(s))))
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])

/**
 * Refuses a zip (by its first bytes) that is over its caps or unreadable, with a Chinese message
 * naming the cap. Anything else is left to the file's reader, which says what it is not.
 */
export async function checkOfficeZip(bytes: Buffer, caps: OfficeZipCaps): Promise<void> {
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) return
  const refuse = (message: string): AppError => new AppError('VALIDATION', `${caps.label}${message}，已拒绝`, caps.field)
  let zip: yauzl.ZipFile
  try {
    zip = await openZip(bytes)
  } catch {
    throw caps.damaged === undefined ? refuse('已损坏（无法作为压缩包读取）') : new AppError('VALIDATION', caps.damaged, caps.field)
  }
  try {
    if (zip.entryCount > caps.maxEntries) throw refuse(`有 ${zip.entryCount} 个压缩条目，超过上限 ${caps.maxEntries} 个`)
    let declared = 0
    let inflated = 0
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const step = async (): Promise<void> => {
          if (entry.uncompressedSize > RATIO_FLOOR && entry.uncompressedSize > entry.compressedSize * MAX_INFLATE_RATIO) {
            throw refuse(`中的「${entry.fileName.slice(0, 80)}」解压后膨胀超过 ${MAX_INFLATE_RATIO} 倍（疑似压缩炸弹）`)
          }
          declared += entry.uncompressedSize
          if (declared > caps.maxUnpackedBytes) throw refuse(`解压后超过 ${sizeText(caps.maxUnpackedBytes)}（解压后大小上限）`)
          if (entry.fileName.endsWith('/')) return
          const rows = caps.maxRows !== undefined && WORKSHEET.test(entry.fileName) ? new RowCounter() : null
          let stream: NodeJS.ReadableStream
          try {
            stream = await openEntry(zip, entry)
          } catch {
            throw refuse('已损坏（压缩条目无法读取）')
          }
          try {
            for await (const chunk of stream) {
              inflated += (chunk as Buffer).length
              if (inflated > caps.maxUnpackedBytes) throw refuse(`解压后超过 ${sizeText(caps.maxUnpackedBytes)}（解压后大小上限）`)
              rows?.add(chunk as Buffer)
              if (rows && caps.maxRows !== undefined && rows.count > caps.maxRows) throw refuse(`的工作表超过 ${caps.maxRows} 行（导入行数上限）`)
            }
          } catch (e) {
            if (e instanceof AppError) throw e
            // yauzl stops a part that inflates beyond what the directory declares.
            throw refuse('的压缩目录与内容不符（疑似压缩炸弹或文件已损坏）')
          }
          if (rows && caps.maxRows !== undefined && rows.finish() > caps.maxRows) throw refuse(`的工作表超过 ${caps.maxRows} 行（导入行数上限）`)
        }
        step().then(() => zip.readEntry(), reject)
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
}
