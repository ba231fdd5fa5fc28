import Database from 'better-sqlite3'

export type Db = Database.Database

/** How long a connection waits for another writer before it fails. */
export const BUSY_TIMEOUT_MS = 5000

/**
 * Opens the data file with the settings every connection must have: WAL so that a crash never
 * loses a committed write and readers never block the writer, foreign keys enforced, and a busy
 * timeout so a second process (the CLI beside the app) waits instead of failing.
 * `walLater` leaves a file's journal mode as it is until `toWal`: switching rewrites the file's
 * header, and a file that turns out not to be ours must be left exactly as it was.
 */
export function openDb(file: string, options: { readonly?: boolean; walLater?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false })
  try {
    if (!options.readonly && !options.walLater) toWal(db)
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    db.pragma('synchronous = NORMAL')
    // 64 MB of pages kept between statements instead of SQLite's 2 MB: a summary looks up the
    // timeline of thousands of cases in a 60 MB index, and re-reading its pages from the OS for
    // each lookup was a quarter of its time (issue 15). Taken only as pages are read.
    db.pragma('cache_size = -65536')
  } catch (e) {
    // A file SQLite cannot read fails here, on the first pragma: the handle must not stay open.
    db.close()
    throw e
  }
  return db
}

export function toWal(db: Db): void {
  if (db.name !== ':memory:') db.pragma('journal_mode = WAL')
}
