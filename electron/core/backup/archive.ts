import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'
import yauzl from 'yauzl'
import yazl from 'yazl'

export interface ArchivePart {
  /** Path inside the archive, with forward slashes. */
  path: string
  source: { file: string } | { buffer: Buffer }
}

/** Writes a .zip of the parts; the file appears complete or not at all (written beside, then renamed by the caller). */
export async function writeArchive(target: string, parts: readonly ArchivePart[]): Promise<void> {
  const zip = new yazl.ZipFile()
  const mtime = new Date()
  for (const p of parts) {
    // SQLite pages compress well, photos do not: only deflate what gains from it.
    const compress = !/\.(jpe?g|png|webp|zip|docx|xlsx)$/i.test(p.path)
    if ('file' in p.source) zip.addFile(p.source.file, p.path, { mtime, compress })
    else zip.addBuffer(p.source.buffer, p.path, { mtime, compress })
  }
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(target))
}

export interface ArchiveEntry {
  path: string
  size: number
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('zip')) : resolve(zip),
    ),
  )
}

/**
 * Reads every entry of a .zip: calls `onEntry` with a stream of its bytes. Refuses entries whose
 * path would escape the target folder (a foreign or crafted archive).
 */
async function eachEntry(file: string, onEntry: (path: string, size: number, open: () => Promise<NodeJS.ReadableStream>) => Promise<void>): Promise<void> {
  const zip = await openZip(file)
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName
        if (name.endsWith('/')) return zip.readEntry()
        if (name.startsWith('/') || name.split('/').includes('..')) return reject(new Error(`unsafe path ${name}`))
        const open = () =>
          new Promise<NodeJS.ReadableStream>((res, rej) => zip.openReadStream(entry, (err, s) => (err || !s ? rej(err ?? new Error('read')) : res(s))))
        onEntry(name, entry.uncompressedSize, open).then(() => zip.readEntry(), reject)
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
}

export async function listArchive(file: string): Promise<ArchiveEntry[]> {
  const out: ArchiveEntry[] = []
  await eachEntry(file, async (path, size) => void out.push({ path, size }))
  return out
}

export async function readArchiveText(file: string, wanted: string): Promise<string | null> {
  let text: string | null = null
  await eachEntry(file, async (path, _size, open) => {
    if (path !== wanted) return
    const chunks: Buffer[] = []
    for await (const c of await open()) chunks.push(c as Buffer)
    text = Buffer.concat(chunks).toString('utf8')
  })
  return text
}

/** Extracts every entry under `dir` and returns the SHA-256 of each, computed while writing. */
export async function extractArchive(file: string, dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  await eachEntry(file, async (path, _size, open) => {
    const target = join(dir, ...path.split('/'))
    mkdirSync(dirname(target), { recursive: true })
    const hash = createHash('sha256')
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk)
        cb(null, chunk)
      },
    })
    await pipeline(await open(), tap, createWriteStream(target))
    hashes.set(path, hash.digest('hex'))
  })
  return hashes
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
