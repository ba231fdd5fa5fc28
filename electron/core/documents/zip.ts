import { crc32 } from 'node:zlib'
import PizZip from 'pizzip'

/*
 * A .docx is a zip whose entries carry modification times; left alone, every render would differ
 * in those bytes and a reprint would not reproduce the issued file's hash. Every entry gets the
 * same fixed time (built with local-time fields, because zip stores local time: the bytes are the
 * same in every time zone).
 */
const FIXED_ENTRY_TIME = new Date(2024, 0, 1, 0, 0, 0)

/*
 * The package is written here rather than by PizZip's generate(), byte for byte as generate()
 * writes it (the documents test compares them for every kind), so hashes of documents issued
 * before stay reproducible. generate() took two thirds of a render: it copies every part through
 * JavaScript strings and arrays, and computes checksums in JavaScript. Here the parts the
 * template brought unchanged keep their compressed bytes, the changed ones are encoded and
 * checksummed natively, and only the deflate is PizZip's own (the same pako, the same level, so
 * the same bytes on every machine).
 */

/** What PizZip keeps of an entry (not in its typings). */
interface Entry {
  readonly name: string
  readonly dir: boolean
  readonly comment?: string | null
  readonly options: { readonly binary?: boolean }
  readonly _data: unknown
}

interface Compressed {
  readonly compressionMethod: string
  readonly crc32: number
  readonly uncompressedSize: number
  readonly getCompressedContent: () => unknown
}

interface Part {
  readonly method: number
  readonly crc: number
  readonly size: number
  readonly data: Uint8Array
}

const DEFLATE = 8
const STORE = 0
const DEFLATE_MAGIC = '\x08\x00'
const deflate = (PizZip as unknown as { compressions: { DEFLATE: { compress: (input: Uint8Array, o: object) => Uint8Array } } }).compressions.DEFLATE
const EMPTY = new Uint8Array(0)

const isCompressed = (d: unknown): d is Compressed => typeof d === 'object' && d !== null && typeof (d as Compressed).getCompressedContent === 'function'

/** The entry's bytes as generate() would write them; null where this writer does not follow it. */
function partOf(e: Entry): Part | null {
  const d = e._data
  if (isCompressed(d)) {
    if (d.uncompressedSize === 0 || e.dir) return { method: STORE, crc: 0, size: 0, data: EMPTY }
    const data = d.getCompressedContent()
    if (d.compressionMethod !== DEFLATE_MAGIC || !(data instanceof Uint8Array)) return null
    return { method: DEFLATE, crc: d.crc32, size: d.uncompressedSize, data }
  }
  const content = typeof d === 'string' && !e.options.binary ? Buffer.from(d, 'utf8') : d instanceof Uint8Array ? d : d === null || d === undefined || d === '' ? EMPTY : null
  if (content === null) return null
  if (content.length === 0 || e.dir) return { method: STORE, crc: 0, size: 0, data: EMPTY }
  const crc = crc32(content)
  return { method: DEFLATE, crc, size: content.length, data: deflated(content, crc) }
}

/*
 * docxtemplater writes back every part it reads, so a letter's headers, footers and settings are
 * deflated again on each render though their text is the template's: the last few deflated parts
 * are kept, found by checksum and compared whole (a batch of 500 letters deflates them once).
 */
const DEFLATED_KEPT = 64
const DEFLATED_MAX_SIZE = 64 * 1024
const recent = new Map<string, { content: Buffer; data: Uint8Array }>()

function deflated(content: Uint8Array, crc: number): Uint8Array {
  if (content.length > DEFLATED_MAX_SIZE) return deflate.compress(content, {})
  const key = `${crc}:${content.length}`
  const kept = recent.get(key)
  if (kept?.content.equals(content)) {
    // the most recently used last, so that the oldest goes first
    recent.delete(key)
    recent.set(key, kept)
    return kept.data
  }
  const data = deflate.compress(content, {})
  recent.set(key, { content: Buffer.from(content), data })
  if (recent.size > DEFLATED_KEPT) recent.delete(recent.keys().next().value ?? key)
  return data
}

/** DOS time and date of the fixed entry time. */
const DOS_TIME = (FIXED_ENTRY_TIME.getHours() << 11) | (FIXED_ENTRY_TIME.getMinutes() << 5) | (FIXED_ENTRY_TIME.getSeconds() / 2)
const DOS_DATE = ((FIXED_ENTRY_TIME.getFullYear() - 1980) << 9) | ((FIXED_ENTRY_TIME.getMonth() + 1) << 5) | FIXED_ENTRY_TIME.getDate()

/** The 26 bytes the local header and the central record share. */
function common(p: Part, nameLength: number): Buffer {
  const b = Buffer.alloc(26)
  b.writeUInt16LE(10, 0)
  b.writeUInt16LE(0, 2)
  b.writeUInt16LE(p.method, 4)
  b.writeUInt16LE(DOS_TIME, 6)
  b.writeUInt16LE(DOS_DATE, 8)
  b.writeUInt32LE(p.crc >>> 0, 10)
  b.writeUInt32LE(p.data.length, 14)
  b.writeUInt32LE(p.size, 18)
  b.writeUInt16LE(nameLength, 22)
  b.writeUInt16LE(0, 24)
  return b
}

function write(entries: readonly Entry[], parts: readonly Part[]): Buffer {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const [i, e] of entries.entries()) {
    const p = parts[i] as Part
    const name = Buffer.from(e.name, 'latin1')
    const shared = common(p, name.length)
    chunks.push(Buffer.from('PK\x03\x04', 'latin1'), shared, name, p.data)
    const record = Buffer.alloc(46 + name.length)
    record.write('PK\x01\x02', 0, 'latin1')
    // made by DOS, version 2.0; no comment, disk 0, no internal attributes
    record.writeUInt16LE(0x14, 4)
    shared.copy(record, 6)
    // external attributes: the DOS directory flag
    record.writeUInt32LE(e.dir ? 0x10 : 0, 38)
    record.writeUInt32LE(offset, 42)
    name.copy(record, 46)
    central.push(record)
    offset += 30 + name.length + p.data.length
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0)
  const end = Buffer.alloc(22)
  end.write('PK\x05\x06', 0, 'latin1')
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, ...central, end])
}

/** The package as PizZip's generate() writes it, every entry at the fixed time: the reference this writer follows. */
export function generatedDocx(zip: PizZip): Buffer {
  for (const entry of Object.values(zip.files)) entry.date = FIXED_ENTRY_TIME
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' })
}

export function packDocx(zip: PizZip): Buffer {
  const entries = Object.values(zip.files) as unknown as Entry[]
  // ASCII part names without comments, as in every .docx Word writes; anything else goes the long way
  const plain = !(zip as unknown as { comment?: string | null }).comment && entries.every((e) => !e.comment && /^[\x20-\x7e]*$/.test(e.name))
  const parts = plain ? entries.map(partOf) : []
  if (!plain || parts.some((p) => p === null)) return generatedDocx(zip)
  return write(entries, parts as Part[])
}
