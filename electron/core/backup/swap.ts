import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DB_FILE } from '../paths'
import { DATA_FOLDERS, DB_PART } from './manifest'

/*
 * A restore replaces the database and three folders: several renames, and a power cut or a kill
 * between two of them would leave a mix of old and new data. The journal in the data folder
 * lists every rename and how many are done, written before the first and after each; at start-up
 * an unfinished restore is rolled forward (the staged data was fully verified before the journal
 * was written), or back when a staged part has gone missing — never left mixed.
 */

export const JOURNAL = 'restore-journal.json'

/** One rename, both paths relative to the data folder. */
interface Step {
  from: string
  to: string
}

interface Journal {
  staging: string
  steps: Step[]
  done: number
}

function writeJournal(dataDir: string, j: Journal): void {
  const file = join(dataDir, JOURNAL)
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify(j))
  const fd = openSync(temp, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temp, file)
}

function readJournal(dataDir: string): Journal | null {
  const file = join(dataDir, JOURNAL)
  if (!existsSync(file)) return null
  try {
    const j = JSON.parse(readFileSync(file, 'utf8')) as Journal
    return Array.isArray(j.steps) && typeof j.staging === 'string' && typeof j.done === 'number' ? j : null
  } catch {
    return null
  }
}

/** The renames that put the staged backup (`staging`, relative) in place, the replaced data kept aside. */
function planSwap(dataDir: string, staging: string): Step[] {
  const aside = `${staging}/.replaced`
  const steps: Step[] = []
  if (existsSync(join(dataDir, DB_FILE))) steps.push({ from: DB_FILE, to: `${aside}/${DB_FILE}` })
  steps.push({ from: `${staging}/${DB_PART}`, to: DB_FILE })
  for (const folder of DATA_FOLDERS) {
    if (existsSync(join(dataDir, folder))) steps.push({ from: folder, to: `${aside}/${folder}` })
    if (existsSync(join(dataDir, staging, folder))) steps.push({ from: `${staging}/${folder}`, to: folder })
  }
  return steps
}

const at = (dataDir: string, rel: string): string => join(dataDir, ...rel.split('/'))

function finish(dataDir: string, j: Journal): void {
  rmSync(join(dataDir, JOURNAL), { force: true })
  rmSync(at(dataDir, j.staging), { recursive: true, force: true })
}

/**
 * Swaps the verified staged backup in, journalled. `afterStep` is called after each rename is
 * recorded (the kill test stops the process there).
 */
export function swapIn(dataDir: string, staging: string, afterStep: (done: number, total: number) => void = () => {}): void {
  mkdirSync(at(dataDir, `${staging}/.replaced`), { recursive: true })
  const j: Journal = { staging, steps: planSwap(dataDir, staging), done: 0 }
  writeJournal(dataDir, j)
  afterStep(0, j.steps.length)
  try {
    for (const step of j.steps) {
      renameSync(at(dataDir, step.from), at(dataDir, step.to))
      j.done++
      writeJournal(dataDir, j)
      afterStep(j.done, j.steps.length)
    }
  } catch (e) {
    // A rename the system refused (a file held open on Windows): put the current data back.
    rollBack(dataDir, j)
    finish(dataDir, j)
    throw e
  }
  finish(dataDir, j)
}

/** Undoes the renames done (those recorded, and the next one if it happened unrecorded), newest first. */
function rollBack(dataDir: string, j: Journal): void {
  for (const step of j.steps.slice(0, j.done + 1).reverse()) {
    if (existsSync(at(dataDir, step.to)) && !existsSync(at(dataDir, step.from))) renameSync(at(dataDir, step.to), at(dataDir, step.from))
  }
}

/**
 * Finishes or undoes a restore that was interrupted; answers what it did, for the log. Call it
 * before the database is opened, holding the writer lock.
 */
export function recoverRestore(dataDir: string): 'none' | 'forward' | 'back' {
  const j = readJournal(dataDir)
  if (j === null) {
    rmSync(join(dataDir, JOURNAL), { force: true })
    return 'none'
  }
  const pending = j.steps.slice(j.done)
  // Only the first pending rename may have happened unrecorded (its source gone, its target there);
  // any other pending step whose source is gone means the staged data is incomplete.
  const missing = pending.some((s, i) => !existsSync(at(dataDir, s.from)) && !(i === 0 && existsSync(at(dataDir, s.to))))
  if (missing) {
    rollBack(dataDir, j)
    finish(dataDir, j)
    return 'back'
  }
  for (const step of pending) {
    if (existsSync(at(dataDir, step.from))) renameSync(at(dataDir, step.from), at(dataDir, step.to))
  }
  finish(dataDir, j)
  return 'forward'
}
