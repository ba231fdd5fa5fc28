import type PizZip from 'pizzip'

/*
 * A .docx is a zip whose entries carry modification times; left alone, every render would differ
 * in those bytes and a reprint would not reproduce the issued file's hash. Every entry gets the
 * same fixed time (built with local-time fields, because zip stores local time: the bytes are the
 * same in every time zone).
 */
const FIXED_ENTRY_TIME = new Date(2024, 0, 1, 0, 0, 0)

export function packDocx(zip: PizZip): Buffer {
  for (const entry of Object.values(zip.files)) entry.date = FIXED_ENTRY_TIME
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' })
}
