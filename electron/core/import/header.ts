import { AppError } from '../errors'
import { fieldsOf, headerKey, withoutBrackets, type FieldDef } from './fields'
import type { ImportColumn, ImportField, ImportKind, ImportProblem } from './schema'
import { columnIndex, columnLetter, isColumnLetter, type Sheet, type SheetRow } from './sheet/types'
import { cleanLine } from './values/text'

/** Where a field is read from: the column index and how problems name it (「D 发现日期」). */
export interface FieldColumn {
  index: number
  letter: string
  ref: string
}

export interface ColumnMap {
  headerRow: number
  columns: ImportColumn[]
  byField: Map<ImportField, FieldColumn>
  problems: ImportProblem[]
}

/** Header rows are near the top: below at most a title, a subtitle and a unit/date line or two. */
const HEADER_SEARCH_ROWS = 30
const MIN_HEADER_MATCHES = 2

type Mapping = Record<string, ImportField | ''>

function synonymIndex(defs: readonly FieldDef[]): Map<string, ImportField> {
  const index = new Map<string, ImportField>()
  for (const d of defs) {
    for (const s of [d.label, ...d.synonyms]) {
      const key = headerKey(s)
      if (!index.has(key)) index.set(key, d.field)
    }
  }
  return index
}

const headerText = (row: SheetRow, i: number): string => {
  const v = row.cells[i]
  return v === null || v === undefined ? '' : cleanLine(v instanceof Date ? v.toISOString().slice(0, 10) : String(v))
}

function autoField(index: Map<string, ImportField>, header: string): ImportField | null {
  const key = headerKey(header)
  return index.get(key) ?? index.get(withoutBrackets(key)) ?? null
}

/** The user's choice for a column, by its letter or its header text. */
function userField(mapping: Mapping, letter: string, header: string): ImportField | '' | undefined {
  if (letter in mapping) return mapping[letter]
  if (header in mapping) return mapping[header]
  const key = headerKey(header)
  const hit = Object.keys(mapping).find((k) => headerKey(k) === key)
  return hit === undefined ? undefined : mapping[hit]
}

/** The row with the most recognised headers among the first rows: a merged title above it scores nothing. */
function findHeaderRow(sheet: Sheet, index: Map<string, ImportField>, mapping: Mapping): SheetRow {
  let best: { row: SheetRow; score: number } | null = null
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const fields = new Set<string>()
    row.cells.forEach((_, i) => {
      const header = headerText(row, i)
      if (header === '') return
      const chosen = userField(mapping, '', header)
      const field = chosen === undefined ? autoField(index, header) : chosen
      if (field) fields.add(field)
    })
    if (fields.size > (best?.score ?? 0)) best = { row, score: fields.size }
  }
  if (!best || best.score < MIN_HEADER_MATCHES) {
    throw new AppError(
      'VALIDATION',
      `未找到表头：工作表「${sheet.name}」前${HEADER_SEARCH_ROWS}行中没有可识别的列名（如 单位名称、地址、隐患内容、发现日期），请检查是否选对了工作表`,
      'dataBase64',
    )
  }
  return best.row
}

function checkMapping(kind: ImportKind, defs: readonly FieldDef[], mapping: Mapping, header: SheetRow): void {
  const offered = new Set<string>(defs.map((d) => d.field))
  const headers = header.cells.map((_, i) => headerText(header, i))
  for (const [key, field] of Object.entries(mapping)) {
    if (field !== '' && !offered.has(field)) {
      throw new AppError('VALIDATION', `「${field}」不是${kind === 'subjects' ? '监管对象' : '隐患台账'}可导入的字段`, `mapping.${key}`)
    }
    const isLetter = isColumnLetter(key)
    if (!isLetter && !headers.some((h) => h === key || headerKey(h) === headerKey(key))) {
      throw new AppError('VALIDATION', `列对应中的「${key}」在表头（第${header.number}行）中找不到`, `mapping.${key}`)
    }
  }
}

/** Finds the header row and decides which field each column is read into. */
export function mapColumns(sheet: Sheet, kind: ImportKind, mapping: Mapping): ColumnMap {
  const defs = fieldsOf[kind]
  const index = synonymIndex(defs)
  const header = findHeaderRow(sheet, index, mapping)
  checkMapping(kind, defs, mapping, header)
  const label = new Map(defs.map((d) => [d.field, d.label]))
  const width = Math.max(header.cells.length, ...Object.keys(mapping).map((k) => (isColumnLetter(k) ? columnIndex(k) + 1 : 0)))
  const columns: ImportColumn[] = []
  for (let i = 0; i < width; i++) {
    const letter = columnLetter(i)
    const text = headerText(header, i)
    const chosen = userField(mapping, letter, text)
    if (text === '' && chosen === undefined) continue
    columns.push({ column: letter, header: text, field: chosen || null, fieldLabel: '', mappedBy: chosen === undefined ? null : 'user' })
  }
  const problems: ImportProblem[] = []
  const byField = new Map<ImportField, FieldColumn>()
  const ref = (c: ImportColumn) => (c.header === '' ? c.column : `${c.column} ${c.header}`)
  for (const c of columns.filter((c) => c.mappedBy === 'user' && c.field)) {
    const field = c.field as ImportField
    const taken = byField.get(field)
    if (taken) {
      problems.push({ row: null, column: ref(c), field, level: 'error', message: `「${label.get(field)}」对应了两列（${taken.letter}、${c.column}），请只选一列` })
    } else {
      byField.set(field, { index: columnIndex(c.column), letter: c.column, ref: ref(c) })
    }
  }
  for (const c of columns.filter((c) => c.mappedBy === null)) {
    const field = autoField(index, c.header)
    if (!field) continue
    const taken = byField.get(field)
    if (taken) {
      problems.push({ row: null, column: ref(c), field, level: 'warning', message: `与 ${taken.letter} 列同为「${label.get(field)}」，此列不导入` })
      continue
    }
    c.field = field
    c.mappedBy = 'header'
    byField.set(field, { index: columnIndex(c.column), letter: c.column, ref: ref(c) })
  }
  for (const c of columns) c.fieldLabel = c.field ? (label.get(c.field) ?? '') : ''
  for (const d of defs) {
    if (d.required && !byField.has(d.field)) {
      problems.push({ row: null, column: '', field: d.field, level: 'error', message: `未找到「${d.label}」列，请在列对应中指定` })
    }
  }
  return { headerRow: header.number, columns, byField, problems }
}
