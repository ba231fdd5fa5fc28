import type { TaskProblem } from '../../core/tasks/import/read-list'

/** One task as `firedesk import tasks --json` and `firedesk tasks --json` print it (a stable interface). */
export interface TaskJson {
  seq: number
  title: string
  content: string
  lead: string[]
  helpers: string[]
  dueText: string
  deadline: string | null
  recurring: string | null
  status?: string
}

/** A problem as printed: its row (0 for the whole file) and a message naming the column. */
export const problemJson = (p: TaskProblem): { row: number; message: string } => ({
  row: p.row ?? 0,
  message: `${p.column === '' ? '' : `「${p.column}」`}${p.level === 'error' ? '错误' : '提醒'}：${p.message}`,
})

export const problemLine = (p: TaskProblem): string => {
  const j = problemJson(p)
  return `  ${j.row === 0 ? '全表' : `第${j.row}行`} ${j.message}`
}
