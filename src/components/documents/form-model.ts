import type { FormField } from '../../../electron/core/documents/register/types'

/*
 * A kind's data as its form edits it: text stays text, paragraphs become one textarea (a line per
 * paragraph — the core splits them again), table rows stay lists of rows. Nothing is interpreted
 * here: the core checks the data and names the field at fault.
 */

export type FormValue = string | FormRow[]
export interface FormRow {
  [name: string]: FormValue
}

const asText = (v: unknown): string => {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : '')).join('\n')
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v)
}

export function toModel(fields: readonly FormField[], data: Readonly<Record<string, unknown>>): FormRow {
  const model: FormRow = {}
  for (const f of fields) {
    const v = data[f.name]
    model[f.name] = f.type === 'rows' ? (Array.isArray(v) ? v : []).map((r: unknown) => toModel(f.columns, (r ?? {}) as Record<string, unknown>)) : asText(v)
  }
  return model
}

export function emptyRow(columns: readonly FormField[]): FormRow {
  const row: FormRow = {}
  for (const c of columns) row[c.name] = c.type === 'rows' ? [] : c.type === 'select' ? (c.options[0]?.value ?? '') : ''
  return row
}

/** The model as the kind's data: the same shape, with only the form's fields. */
export function toData(fields: readonly FormField[], model: FormRow): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const f of fields) {
    const v = model[f.name]
    data[f.name] = f.type === 'rows' ? (Array.isArray(v) ? v : []).map((r) => toData(f.columns, r)) : typeof v === 'string' ? v : ''
  }
  return data
}
