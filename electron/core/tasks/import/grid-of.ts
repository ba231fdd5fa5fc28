import { readDocxGrid } from './docx-grid'
import { checkTaskFile, type TaskGrid } from './grid'
import { readXlsxGrid } from './xlsx-grid'

/** A task list's grid, from a .docx table or an .xlsx sheet alike (a big one is read on a worker thread). */
export async function readTaskGrid(fileName: string, bytes: Buffer): Promise<TaskGrid> {
  return checkTaskFile(fileName, bytes) === 'docx' ? readDocxGrid(fileName, bytes) : readXlsxGrid(fileName, bytes)
}
