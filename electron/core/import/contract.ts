import type { ImportArgs, ImportPreview, ImportReport } from './schema'

export interface ImportContract {
  /** Reads the file and says what a commit would do, row by row; writes nothing. */
  'import/preview': { args: ImportArgs; result: ImportPreview }
  /** Writes every row of the preview in one transaction, or nothing. */
  'import/commit': { args: ImportArgs; result: ImportReport }
  /** Stops reading the file of a running preview or import (read on a worker thread); writes nothing. */
  'import/cancel': { args: Record<string, never>; result: { cancelled: boolean } }
}
