import { readDeadline, readDueCell } from '../deadline'
import type { ImportedTask, TaskProblem } from '../types'
import { columnLabels, findHeader, isRepeatedHeader, type HeaderLayout, type TaskColumn } from './columns'
import type { GridRow, TaskGrid } from './grid'
import { groupOf, readRunTogether, splitUnitCell } from './unit-names'

export type { ImportedTask, TaskProblem }

export interface ReadTaskList {
  /** the lines above the table (附件, the list's title) */
  above: string[]
  /** the list's own title: the line above the table that is not 附件 */
  listTitle: string
  tasks: ImportedTask[]
  problems: TaskProblem[]
  /** every unit name the list uses that is not a group, in order of first use */
  names: string[]
}

export interface ReadOptions {
  year: number
  /** a deadline before it is an error */
  campaignStart: string | null
  /** a registered unit's name or alias */
  isRegistered: (name: string) => boolean
}

/** A row that only says a heading across the table ("一、隐患整治"): the title of the tasks below. */
function sectionHeading(row: GridRow, layout: HeaderLayout): string | null {
  const texts = new Set(row.cells.filter((c) => c !== ''))
  const content = row.cells[layout.columns.content ?? -1] ?? ''
  if (texts.size !== 1 || row.cells.length < 2 || row.cells.some((c) => c === '')) return null
  return /^[一二三四五六七八九十]+[、.．]|^第[一二三四五六七八九十]+|^[(（][一二三四五六七八九十]+[)）]/.test(content) ? content : null
}

/** Reads the task rows of a grid into tasks with their problems; writes nothing. */
export function readTaskList(grid: TaskGrid, o: ReadOptions): ReadTaskList {
  const { layout, index } = findHeader(grid)
  const col = layout.columns
  const problems: TaskProblem[] = []
  const problem = (row: number | null, column: TaskColumn | '', level: TaskProblem['level'], message: string) =>
    problems.push({ row, column: column === '' ? '' : columnLabels[column], level, message })
  const above = [...grid.above, ...grid.rows.slice(0, index).map((r) => [...new Set(r.cells.filter((c) => c !== ''))].join(' '))]
  const listTitle = above.filter((l) => !/^附件\s*\d*[:：]?$/.test(l)).at(-1) ?? ''
  const cell = (row: GridRow, c: TaskColumn) => (col[c] === undefined ? '' : (row.cells[col[c]] ?? ''))

  // Names written as a whole anywhere in the list count as known when splitting run-together ones.
  const rawNames = new Map<number, { lead: string[]; helpers: string[] }>()
  const written = new Map<string, number>()
  const dataRows = grid.rows.slice(index + layout.rows.length)
  for (const row of dataRows) {
    const lead = col.units !== undefined ? splitUnitCell(cell(row, 'units')) : splitUnitCell(cell(row, 'lead'))
    const helpers = col.units !== undefined ? [] : splitUnitCell(cell(row, 'helpers'))
    rawNames.set(row.number, { lead, helpers })
    for (const n of new Set([...lead, ...helpers])) written.set(n, (written.get(n) ?? 0) + 1)
  }
  // A name written in two rows or more stands on its own; one written once may be two run together.
  const isKnown = (n: string) => groupOf(n) !== null || o.isRegistered(n) || (written.get(n) ?? 0) >= 2

  const tasks: ImportedTask[] = []
  const names: string[] = []
  let heading = ''
  let lastWrittenSeq: number | null = null
  for (const row of dataRows) {
    if (row.cells.every((c) => c === '') || isRepeatedHeader(row, layout)) continue
    const section = sectionHeading(row, layout)
    if (section !== null) {
      heading = section.replace(/^[一二三四五六七八九十]+[、.．]|^[(（][一二三四五六七八九十]+[)）]/, '').trim()
      continue
    }
    const content = cell(row, 'content')
    const fresh = (c: TaskColumn) => col[c] !== undefined && !row.fromAbove[col[c]!] && cell(row, c) !== ''
    if (content === '') {
      problem(row.number, 'content', 'error', `「${columnLabels.content}」为空：每一行须写明任务内容`)
      continue
    }
    const previous = tasks.at(-1)
    if (previous !== undefined && row.fromAbove[col.content!] && !fresh('seq')) {
      // One task written over several rows (its content merged down): the rows add units to it.
      const more = rawNames.get(row.number)
      for (const n of [...(more?.lead ?? []), ...(more?.helpers ?? [])]) {
        if (!previous.lead.includes(n) && !previous.helpers.includes(n)) previous.helpers.push(n)
        if (groupOf(n) === null && !names.includes(n)) names.push(n)
      }
      continue
    }
    const seq = tasks.length + 1
    const seqText = cell(row, 'seq')
    if (col.seq !== undefined && !row.fromAbove[col.seq]) {
      const n = /^\d+$/.test(seqText.replace(/[.、．]$/, '')) ? Number(seqText.replace(/[.、．]$/, '')) : null
      if (n !== seq) {
        const why = n === null ? `「${seqText}」不是序号` : lastWrittenSeq !== null && n <= lastWrittenSeq ? `序号${n}与前面重复或倒序` : `序号${n}不连续`
        problem(row.number, 'seq', 'warning', `${why}，已按第${seq}项导入（前一项为第${seq - 1}项）`)
      }
      if (n !== null) lastWrittenSeq = n
    }
    const units = rawNames.get(row.number) ?? { lead: [], helpers: [] }
    const resolve = (list: string[], column: TaskColumn): string[] =>
      list.flatMap((name) => {
        const r = readRunTogether(name, o.isRegistered, isKnown)
        if (r.kind === 'split') {
          problem(row.number, column, 'warning', `「${name}」拆分为${r.parts.map((p) => `「${p}」`).join('')}（名称之间缺少顿号）`)
          return r.parts
        }
        if (r.kind === 'runTogether') problem(row.number, column, 'warning', `「${name}」可能是两个单位连写（含「${r.known}」），请核对，必要时用顿号分开`)
        return [name]
      })
    const all = resolve(units.lead, col.units !== undefined ? 'units' : 'lead')
    const lead = col.units !== undefined ? all.slice(0, 1) : all
    const helpers = col.units !== undefined ? all.slice(1) : resolve(units.helpers, 'helpers')
    if (lead.length === 0) problem(row.number, col.units !== undefined ? 'units' : 'lead', 'error', '没有责任单位：每项任务须有牵头单位')
    for (const n of [...lead, ...helpers]) if (groupOf(n) === null && !names.includes(n)) names.push(n)

    const dueCell = cell(row, 'due')
    const title = cell(row, 'title') || heading
    const reading = dueCell !== '' ? readDueCell(dueCell, o.year) : readDeadline(`${title}${content}`, o.year)
    const at: TaskColumn = dueCell !== '' ? 'due' : 'content'
    if (reading.problem !== undefined) problem(row.number, at, 'error', `时限「${reading.dueText}」有误：${reading.problem}`)
    else if (reading.undatable) problem(row.number, at, 'warning', `时限「${reading.dueText}」无法换算为日期，请填写具体日期`)
    if (reading.deadline !== null && o.campaignStart !== null && reading.deadline < o.campaignStart) {
      problem(row.number, at, 'error', `时限「${reading.dueText}」即 ${reading.deadline}，早于专项行动开始日期 ${o.campaignStart}（年份不对时请指定年份）`)
    }
    tasks.push({
      row: row.number,
      seq,
      title,
      content,
      lead,
      helpers,
      dueText: reading.dueText,
      deadline: reading.deadline,
      recurring: reading.recurring,
      undatable: reading.undatable,
    })
  }
  if (tasks.length === 0) problem(null, 'content', 'error', `「${grid.fileName}」的表格中没有任务行`)
  return { above, listTitle, tasks, problems, names }
}
