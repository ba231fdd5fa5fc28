import { readFileSync } from 'node:fs'
import { sha256Of } from '../../templates/store'
import { writeFileAtomic } from './files'
import { DocxMerger } from './merge'

/** A letter of a batch as issued: its file and the SHA-256 registered for it. */
export interface IssuedLetter {
  path: string
  sha256: string
}

/** The letters merged into one file for printing, written at `path`: what the file holds and its SHA-256. */
export function writeMerged(letters: Iterable<Uint8Array>, path: string, tempId: string): { bytes: Buffer; sha256: string } {
  const merger = new DocxMerger()
  for (const letter of letters) merger.add(letter)
  const bytes = merger.finish()
  writeFileAtomic(path, bytes, tempId)
  return { bytes, sha256: sha256Of(bytes) }
}

function* read(letters: readonly IssuedLetter[]): Generator<Buffer> {
  for (const l of letters) {
    const bytes = readFileSync(l.path)
    // Changed since it was issued a moment ago: the caller merges from the register instead.
    if (sha256Of(bytes) !== l.sha256) throw new Error(`${l.path} is not the letter issued`)
    yield bytes
  }
}

/**
 * A batch's combined file made from its letters' files, as a job (a worker for a data folder): the
 * merge reads and packs every letter, the longest stall of a batch were it on the calling thread.
 */
export const mergeLetterFiles = (input: { letters: IssuedLetter[]; path: string; tempId: string }): string => writeMerged(read(input.letters), input.path, input.tempId).sha256
