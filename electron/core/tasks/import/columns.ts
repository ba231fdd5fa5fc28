import { AppError } from '../../errors'
import type { GridRow, TaskGrid } from './grid'

/** What a column of a task list holds. */
export type TaskColumn = 'seq' | 'title' | 'content' | 'units' | 'lead' | 'helpers' | 'due'

export const columnLabels: Record<TaskColumn, string> = {
  seq: '序号',
  title: '重点任务',
  content: '工作内容',
  units: '责任单位',
  lead: '牵头单位',
  helpers: '配合单位',
  due: '时限',
}

const squash = (s: string): string => s.replace(/[\s:：*＊()（）]/g, '')

/** Header words as offices type them; the first that matches a cell names its column. */
const HEADERS: [TaskColumn, RegExp][] = [
  ['seq', /^(序号|编号|序|号)$/],
  ['lead', /^(牵头单位|牵头部门|牵头|主责单位|责任单位牵头|牵头责任单位)$/],
  ['helpers', /^(配合单位|配合部门|配合|协办单位|协助单位|责任单位配合|配合责任单位)$/],
  ['units', /^(责任单位|责任部门|责任主体|承办单位|实施单位|落实单位|责任单位部门)$/],
  ['due', /^(时限|完成时限|完成时间|时间要求|时间节点|截止时间|办结时限|时限要求|完成期限)$/],
  ['title', /^(重点任务|任务名称|主要任务|项目|工作项目|类别|任务类别|重点工作)$/],
  ['content', /^(工作内容|具体措施|工作措施|任务内容|主要内容|具体内容|整治内容|工作任务|任务|措施|内容|具体任务|工作要求)$/],
]

export function columnOf(header: string): TaskColumn | null {
  const h = squash(header)
  for (const [col, re] of HEADERS) if (re.test(h)) return col
  return null
}

export interface HeaderLayout {
  /** the grid column of each recognised column */
  columns: Partial<Record<TaskColumn, number>>
  /** the header's rows (one, or two when 责任单位 is split into 牵头/配合 below it) */
  rows: GridRow[]
  /** the cells of the header as they read, per grid column: a repeated header matches these */
  texts: string[]
}

function layoutOf(row: GridRow, below: GridRow | undefined): HeaderLayout | null {
  const columns: Partial<Record<TaskColumn, number>> = {}
  const rows = [row]
  const texts = row.cells.map(squash)
  const second = below?.cells.map((c) => columnOf(c))
  const splitBelow = second !== undefined && second.some((c) => c === 'lead' || c === 'helpers')
  if (splitBelow && below !== undefined) rows.push(below)
  row.cells.forEach((cell, i) => {
    const col = (splitBelow ? second?.[i] : null) ?? columnOf(cell)
    if (col !== null && columns[col] === undefined) columns[col] = i
    if (splitBelow && below !== undefined) texts[i] = `${texts[i] ?? ''}|${squash(below.cells[i] ?? '')}`
  })
  if (columns.content === undefined && columns.title !== undefined) {
    columns.content = columns.title
    delete columns.title
  }
  if (columns.content === undefined && columns.units === undefined && columns.lead === undefined) return null
  return { columns, rows, texts }
}

/**
 * Finds the header among the first rows: the first row that names a task column or a 责任单位
 * column. Refuses, naming the file, row and what is missing, a table that has no such columns.
 */
export function findHeader(grid: TaskGrid): { layout: HeaderLayout; index: number } {
  const limit = Math.min(grid.rows.length, 8)
  for (let i = 0; i < limit; i++) {
    const layout = layoutOf(grid.rows[i]!, grid.rows[i + 1])
    if (layout === null) continue
    const at = `「${grid.fileName}」表头（第${grid.rows[i]!.number}行：${grid.rows[i]!.cells.filter((c) => c !== '').join(' | ')}）`
    if (layout.columns.content === undefined) {
      throw new AppError('VALIDATION', `${at}中没有读作任务的列（应有“工作内容”“具体措施”或“重点任务”列）`, 'dataBase64')
    }
    if (layout.columns.units === undefined && layout.columns.lead === undefined) {
      throw new AppError('VALIDATION', `${at}中没有读作责任单位的列（应有“责任单位”，或“牵头单位”“配合单位”列）`, 'dataBase64')
    }
    return { layout, index: i }
  }
  const first = grid.rows[0]
  const seen = first === undefined ? '' : `（第${first.number}行为：${first.cells.filter((c) => c !== '').join(' | ').slice(0, 60)}）`
  throw new AppError(
    'VALIDATION',
    `「${grid.fileName}」的表格前${limit}行中找不到表头${seen}：任务清单须有“工作内容”（或“具体措施”）列和“责任单位”（或“牵头单位”）列`,
    'dataBase64',
  )
}

/** A row that repeats the header (typed again on a later page, or marked to repeat). */
export const isRepeatedHeader = (row: GridRow, layout: HeaderLayout): boolean => {
  const cells = row.cells.map(squash)
  const first = layout.texts.map((t) => t.split('|')[0] ?? '')
  const second = layout.texts.map((t) => t.split('|')[1] ?? '')
  const same = (want: string[]) => want.every((t, i) => t === '' || cells[i] === t)
  return row.header || same(first) || (layout.rows.length === 2 && same(second))
}
