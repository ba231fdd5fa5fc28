import { readSheet } from '../import/sheet/read'

/*
 * The work that may run off the calling thread: pure CPU work on bytes, with no database (the
 * connection stays with its thread). Each job takes and answers plain data that a worker message
 * can carry (Buffers arrive as Uint8Array, Dates stay Dates).
 */
export const jobs = {
  /** An import file read into rows: ExcelJS holds the whole workbook, seconds for a big one. */
  readSheet: (input: { fileName: string; bytes: Uint8Array; sheet: string | undefined }) => readSheet(input.fileName, Buffer.from(input.bytes), input.sheet),
}

export type JobName = keyof typeof jobs
export type JobInput<J extends JobName> = Parameters<(typeof jobs)[J]>[0]
export type JobResult<J extends JobName> = Awaited<ReturnType<(typeof jobs)[J]>>
