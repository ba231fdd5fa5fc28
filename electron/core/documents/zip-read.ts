import { inflateRawSync } from 'node:zlib'

/*
 * The text of a few parts of a .docx, read natively: a batch merges 500 letters, and opening each
 * with PizZip inflated and decoded its parts in JavaScript. Sizes and offsets come from the
 * central directory (as every zip reader's do); a package this reader does not follow (zip64, an
 * archive comment, a method other than stored or deflated) gives null and the caller opens it
 * the usual way.
 */

const END = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** The named parts' text (UTF-8) by name, those present; null where this reader does not follow the package. */
export function readParts(docx: Uint8Array, wanted: (name: string) => boolean): Map<string, string> | null {
  const b = Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength)
  const end = b.length - 22
  if (end < 0 || b.readUInt32LE(end) !== END || b.readUInt16LE(end + 20) !== 0) return null
  const count = b.readUInt16LE(end + 10)
  let at = b.readUInt32LE(end + 16)
  const parts = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== CENTRAL) return null
    const method = b.readUInt16LE(at + 10)
    const size = b.readUInt32LE(at + 20)
    const nameLength = b.readUInt16LE(at + 28)
    const skip = nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32)
    const local = b.readUInt32LE(at + 42)
    const name = b.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + skip
    if (!wanted(name)) continue
    if ((method !== 0 && method !== 8) || size === 0xffffffff || local + 30 > b.length || b.readUInt32LE(local) !== LOCAL) return null
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28)
    const data = b.subarray(start, start + size)
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'))
  }
  return parts
}
