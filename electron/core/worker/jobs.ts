import { checkStagedDatabase } from '../backup/database-check'
import { readSheet } from '../import/sheet/read'
import { readTaskGrid } from '../tasks/import/grid-of'

/*
 * The work that may run off the calling thread: CPU work on bytes or on a file, never on the
 * app's own database connection (it stays with its thread). Each job takes and answers plain data that a worker message
 * can carry (Buffers arrive as Uint8Array, Dates stay Dates).
 */
export const jobs = {
  /** An import file read into rows: ExcelJS holds the whole workbook, seconds for a big one. */
  readSheet: (input: { fileName: string; bytes: Uint8Array; sheet: string | undefined }) => readSheet(input.fileName, Buffer.from(input.bytes), input.sheet),
  /** A campaign's 任务清单 (.docx or .xlsx) read into its grid. */
  readTaskGrid: (input: { fileName: string; bytes: Uint8Array }) => readTaskGrid(input.fileName, Buffer.from(input.bytes)),
  /** A restore's staged database compared with ours, migrated if older, integrity checked: minutes on a big file. */
  checkStagedDatabase: async (input: { file: string; manifestVersion: number; now: string }) => checkStagedDatabase(input.file, input.manifestVersion, () => input.now),
}

export type JobName = keyof typeof jobs
export type JobInput<J extends JobName> = Parameters<(typeof jobs)[J]>[0]
export type JobResult<J extends JobName> = Awaited<ReturnType<(typeof jobs)[J]>>
