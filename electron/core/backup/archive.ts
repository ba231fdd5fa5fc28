import { createHash, type Hash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { finished, pipeline } from 'node:stream/promises'
import { Transform, type Readable } from 'node:stream'
import yauzl from 'yauzl'
import yazl from 'yazl'
import { unsafeReason } from '../safety/confine'
import type { JobRun } from '../worker/control'

/** A file to carry, at a path inside the archive (forward slashes). */
export interface ArchiveFile {
  path: string
  file: string
}

export interface ArchivedFile {
  path: string
  size: number
  sha256: string
}

/**
 * Every part is stored, not deflated: photos and .docx are compressed already, and deflating a
 * 400 MB database (100 000 cases with their trigram search index) takes 5–9 s, while storing it
 * keeps a backup within seconds. Disk space on a USB stick is cheaper than a backup staff skip.
 */
const STORE = { compress: false } as const

/** What reads or writes an archive is told: the cancel check and the bytes done of all. */
export type ArchiveJob = Pick<JobRun, 'check' | 'progress'>

/** Progress is told every MB: a message per 64 KB chunk would cost more than it tells. */
const STEP = 1024 * 1024

/** A stream that hashes what passes, checks for a cancel and counts the bytes for the progress. */
function tap(hash: Hash, count: (bytes: number) => void, job: ArchiveJob): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      try {
        job.check()
      } catch (e) {
        return cb(e as Error)
      }
      hash.update(chunk)
      count(chunk.length)
      cb(null, chunk)
    },
  })
}

function counter(total: number, job: ArchiveJob): (bytes: number) => void {
  let done = 0
  let told = 0
  return (bytes) => {
    done += bytes
    if (done - told < STEP && done !== total) return
    told = done
    job.progress(done, total)
  }
}

/**
 * Writes a .zip of the files, hashing each as it is read (one pass over a large database), then
 * a last entry made from those hashes (the manifest). The caller renames the finished file into
 * place, so a backup appears complete or not at all; a cancel or a failure closes the file first,
 * so that the caller can remove it.
 */
export async function writeArchive(
  target: string,
  files: readonly ArchiveFile[],
  last: (archived: ArchivedFile[]) => { path: string; content: Buffer },
  job: ArchiveJob,
): Promise<void> {
  const zip = new yazl.ZipFile()
  const mtime = new Date()
  const out = createWriteStream(target)
  const written = pipeline(zip.outputStream, out)
  const sizes = files.map((f) => statSync(f.file).size)
  const count = counter(sizes.reduce((a, b) => a + b, 0), job)
  try {
    const archived = files.map((f, i) => {
      const hash = createHash('sha256')
      const through = tap(hash, count, job)
      zip.addReadStream(createReadStream(f.file).pipe(through), f.path, { mtime, size: sizes[i], ...STORE })
      return finished(through).then((): ArchivedFile => ({ path: f.path, size: sizes[i] ?? 0, sha256: hash.digest('hex') }))
    })
    const manifest = last(await Promise.all(archived))
    zip.addBuffer(manifest.content, manifest.path, { mtime, ...STORE })
    zip.end()
    await written
  } catch (e) {
    written.catch(() => {})
    ;(zip.outputStream as Readable).destroy()
    await new Promise<void>((resolve) => (out.closed ? resolve() : out.once('close', () => resolve())))
    throw e
  }
}

export interface ArchiveEntry {
  path: string
  /** Uncompressed, as the archive's directory declares it (yauzl refuses a stream that exceeds it). */
  size: number
  compressedSize: number
}

/** An entry whose name would leave the folder it is extracted to (absolute, .., backslash, drive). */
export class UnsafeEntry extends Error {
  constructor(readonly entryName: string) {
    super(`unsafe entry name ${entryName}`)
  }
}

export class EntryTooLarge extends Error {
  constructor(
    readonly entryName: string,
    readonly size: number,
  ) {
    super(`entry ${entryName} is ${size} bytes`)
  }
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
async function eachEntry(file: string, onEntry: (entry: ArchiveEntry, open: () => Promise<NodeJS.ReadableStream>) => Promise<void>): Promise<void> {
  const zip = await openZip(file)
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName
        if (name.endsWith('/')) return zip.readEntry()
        if (unsafeReason(name) !== null) return reject(new UnsafeEntry(name))
        const open = () =>
          new Promise<NodeJS.ReadableStream>((res, rej) => zip.openReadStream(entry, (err, s) => (err || !s ? rej(err ?? new Error('read')) : res(s))))
        onEntry({ path: name, size: entry.uncompressedSize, compressedSize: entry.compressedSize }, open).then(() => zip.readEntry(), reject)
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
}

export async function listArchive(file: string): Promise<ArchiveEntry[]> {
  const out: ArchiveEntry[] = []
  await eachEntry(file, async (entry) => void out.push(entry))
  return out
}

/** The text of one entry, or null when absent; an entry over `maxBytes` is refused unread. */
export async function readArchiveText(file: string, wanted: string, maxBytes = Number.MAX_SAFE_INTEGER): Promise<string | null> {
  let text: string | null = null
  await eachEntry(file, async ({ path, size }, open) => {
    if (path !== wanted) return
    if (size > maxBytes) throw new EntryTooLarge(path, size)
    const chunks: Buffer[] = []
    for await (const c of await open()) chunks.push(c as Buffer)
    text = Buffer.concat(chunks).toString('utf8')
  })
  return text
}

/** Extracts every entry under `dir` and returns the SHA-256 of each, computed while writing; progress of `totalBytes`. */
export async function extractArchive(file: string, dir: string, totalBytes: number, job: ArchiveJob): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  const count = counter(totalBytes, job)
  await eachEntry(file, async ({ path }, open) => {
    const target = join(dir, ...path.split('/'))
    mkdirSync(dirname(target), { recursive: true })
    const hash = createHash('sha256')
    await pipeline(await open(), tap(hash, count, job), createWriteStream(target))
    hashes.set(path, hash.digest('hex'))
  })
  return hashes
}
