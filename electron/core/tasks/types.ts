/** Types shared by the task reader, the import and the renderer (which imports types only). */

/** null | 'monthly' | 'monthly:26' | 'weekly:4' (1 = Monday … 7 = Sunday) | 'quarterly' */
export type Recurring = 'monthly' | 'quarterly' | `monthly:${number}` | `weekly:${number}`

export interface ImportedTask {
  /** the row of the file the task was read from */
  row: number
  seq: number
  title: string
  content: string
  lead: string[]
  helpers: string[]
  dueText: string
  deadline: string | null
  recurring: Recurring | null
  /** the 时限 names an event or words that give no date: the user types one */
  undatable: boolean
}

export interface TaskProblem {
  /** the file's row; null for the whole file */
  row: number | null
  column: string
  level: 'error' | 'warning'
  message: string
}
