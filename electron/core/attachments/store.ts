import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { confinedPath } from '../safety/confine'

export const ATTACHMENTS_DIR = 'attachments'

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

const SHA_PATTERN = /^[0-9a-f]{64}$/

/**
 * Where a file with this hash lives: <data>/attachments/ab/cdef…; null for anything not a hash.
 * The hash comes from the database (maybe a restored one), so the path is resolved like every
 * stored path: confined to the data folder, through no link.
 */
export function blobPath(dataDir: string, hash: string): string | null {
  if (!SHA_PATTERN.test(hash)) return null
  return confinedPath(dataDir, `${ATTACHMENTS_DIR}/${hash.slice(0, 2)}/${hash.slice(2)}`, '附件文件路径')
}

/**
 * Stores the bytes under their hash, once: the same file attached twice is kept once. Written to
 * a temporary name and renamed, so a crash never leaves a half file under a valid hash.
 */
export function putBlob(dataDir: string, bytes: Buffer): { hash: string; path: string; existed: boolean } {
  const hash = sha256(bytes)
  const path = blobPath(dataDir, hash) ?? ''
  if (existsSync(path)) return { hash, path, existed: true }
  mkdirSync(join(dataDir, ATTACHMENTS_DIR, hash.slice(0, 2)), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, bytes)
  renameSync(tmp, path)
  return { hash, path, existed: false }
}
