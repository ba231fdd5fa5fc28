import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import PizZip from 'pizzip'

/*
 * Builds crafted backups from a genuine one the way an attacker would: change the database or
 * the archive, then recompute the manifest's sizes and hashes so every self-consistency check
 * passes and only the program's own distrust can refuse it.
 */

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')

interface Manifest {
  schemaVersion: number
  parts: { path: string; size: number; sha256: string }[]
}

export interface Craft {
  /** Runs SQL on the backup's database (foreign keys off, as an attacker's tool would). */
  db?: (db: Database.Database) => void
  /** Edits the manifest after the parts' hashes are recomputed. */
  manifest?: (m: Manifest) => void
  /** Replaces the backup's database with this file. */
  dbFile?: string
  /** Extra entries: name → bytes; listed in the manifest unless `unlisted`. */
  add?: Record<string, Uint8Array>
  unlisted?: boolean
}

export function craftBackup(genuine: string, target: string, craft: Craft): string {
  const zip = new PizZip(readFileSync(genuine))
  const manifest = JSON.parse(zip.file('manifest.json')?.asText() ?? '{}') as Manifest
  if (craft.dbFile) zip.file('firedesk.db', readFileSync(craft.dbFile))
  if (craft.db) {
    const dir = mkdtempSync(join(tmpdir(), 'firedesk-craft-'))
    try {
      const file = join(dir, 'firedesk.db')
      writeFileSync(file, zip.file('firedesk.db')?.asNodeBuffer() ?? Buffer.alloc(0))
      const db = new Database(file)
      db.pragma('journal_mode = DELETE')
      db.pragma('foreign_keys = OFF')
      craft.db(db)
      db.close()
      zip.file('firedesk.db', readFileSync(file))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  for (const [name, bytes] of Object.entries(craft.add ?? {})) {
    zip.file(name, bytes, { compression: 'DEFLATE' })
    if (!craft.unlisted) manifest.parts.push({ path: name, size: bytes.length, sha256: sha(bytes) })
  }
  for (const p of manifest.parts) {
    const bytes = zip.file(p.path)?.asUint8Array()
    if (bytes) Object.assign(p, { size: bytes.length, sha256: sha(bytes) })
  }
  craft.manifest?.(manifest)
  zip.file('manifest.json', JSON.stringify(manifest))
  writeFileSync(target, zip.generate({ type: 'nodebuffer', compression: 'STORE' }))
  return target
}

/** Renames an entry in place (same length), to names no zip library would write. */
export function renameEntry(file: string, from: string, to: string): void {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('names must have the same length')
  const bytes = readFileSync(file)
  const a = Buffer.from(from)
  const b = Buffer.from(to)
  for (let i = bytes.indexOf(a); i >= 0; i = bytes.indexOf(a, i + 1)) b.copy(bytes, i)
  writeFileSync(file, bytes)
}

/** Every file under `dir` with its hash: what "the data folder unchanged" means (SQLite's shared-memory index aside). */
export function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = join(d.parentPath, d.name)
    if (d.isFile() && !d.name.endsWith('-shm')) out[relative(dir, full)] = `${statSync(full).size}:${sha(readFileSync(full))}`
  }
  return out
}
