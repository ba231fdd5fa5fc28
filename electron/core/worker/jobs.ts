import { writeBackup, type BackupTarget } from '../backup/create'
import { stageBackup } from '../backup/verify'
import { checkTemplate } from '../documents/check'
import { mergeLetterFiles, type IssuedLetter } from '../documents/register/combined'
import type { DocumentKindCode } from '../documents/types'
import type { exportListSchema, exportSheetSchema } from '../export/schema'
import { exportList, exportSheetDocx } from '../export/service'
import { exportDocx, issueDocx, previewDocx } from '../reports/docx'
import type { exportDocxSchema, summarySchema } from '../reports/schema'
import { stepsOf } from '../reports/progress'
import { exportXlsx } from '../reports/xlsx'
import type { z } from 'zod'
import { commitPlanned, previewPlanned, type PlannedJobInput } from '../import/steps'
import { readSheet } from '../import/sheet/read'
import { readTaskGrid } from '../tasks/import/grid-of'
import type { JobRun } from './control'

/*
 * The work that may run off the calling thread. Each job takes and answers plain data that a
 * worker message can carry (Buffers arrive as Uint8Array, Dates and Maps stay themselves); a job
 * on the data file works through `job.ctx()`, which on a worker is its own connection.
 */
export const jobs = {
  /** An import file read into rows: ExcelJS holds the whole workbook, seconds for a big one. */
  readSheet: async (input: { fileName: string; bytes: Uint8Array; sheet: string | undefined }) => readSheet(input.fileName, Buffer.from(input.bytes), input.sheet),
  /** A campaign's 任务清单 (.docx or .xlsx) read into its grid. */
  readTaskGrid: async (input: { fileName: string; bytes: Uint8Array }) => readTaskGrid(input.fileName, Buffer.from(input.bytes)),
  /** A backup packed from the worker's own (read-only) connection: SQLite's online backup, then every file hashed. */
  createBackup: (input: BackupTarget, job: JobRun) => writeBackup(job.ctx(), input, job),
  /** A backup extracted into a staging folder and checked whole (verify.ts): minutes for a big one. */
  stageBackup: (input: { file: string; dir: string }, job: JobRun) => stageBackup(job.ctx(), input.file, input.dir, job),
  /** An import's rows planned against the data as it is: seconds for 10 000 rows. */
  importPreview: async (input: PlannedJobInput, job: JobRun) => previewPlanned(job.ctx(), input.file, input.args, job),
  /** The same plan written in one transaction: the worker owns the writer meanwhile (writer.ts). */
  importCommit: async (input: PlannedJobInput, job: JobRun) => commitPlanned(job.ctx(), input.file, input.args, job),
  /** A batch's letters merged into its combined file for printing: reads their files, writes that one, nothing in the data file. */
  mergeLetters: async (input: { letters: IssuedLetter[]; path: string; tempId: string }) => mergeLetterFiles(input),
  /** A staff template checked: every part inflated and parsed by docxtemplater. */
  checkTemplate: async (input: { kind: DocumentKindCode; bytes: Uint8Array }) => checkTemplate(input.kind, input.bytes),
  /**
   * The quarterly summary's figures over the whole ledger, its charts drawn and the .docx or .xlsx
   * written: seconds on 100 000 hazards. Issuing writes (a 文号 and the register), as the writer.
   */
  reportDocx: (input: z.output<typeof exportDocxSchema>, job: JobRun) => exportDocx(job.ctx(), input, stepsOf('docx', job.progress)),
  reportPreviewDocx: (input: z.output<typeof summarySchema>, job: JobRun) => previewDocx(job.ctx(), input),
  reportIssueDocx: (input: z.output<typeof summarySchema>, job: JobRun) => issueDocx(job.ctx(), input),
  reportXlsx: (input: z.output<typeof summarySchema>, job: JobRun) => exportXlsx(job.ctx(), input, stepsOf('xlsx', job.progress)),
  /** A list (the whole ledger, if asked) written as .xlsx or as a .docx table. */
  exportList: (input: z.output<typeof exportListSchema>, job: JobRun) => exportList(job.ctx(), input),
  exportSheetDocx: async (input: z.output<typeof exportSheetSchema>, job: JobRun) => exportSheetDocx(job.ctx(), input),
}

export type JobName = keyof typeof jobs
export type JobInput<J extends JobName> = Parameters<(typeof jobs)[J]>[0]
export type JobResult<J extends JobName> = Awaited<ReturnType<(typeof jobs)[J]>>
