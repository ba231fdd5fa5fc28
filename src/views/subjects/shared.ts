import type { ListSort } from '../../composables/list-sort'
import type { RiskColor, Subject, SubjectCreate, SubjectListArgs, SubjectSortField } from '../../../electron/core/subjects/schema'

export type SubjectStatus = 'live' | 'voided' | 'all'

export interface SubjectFilter {
  text: string
  kindId: string | null
  areaId: string | null
  riskColor: RiskColor | null
  isKey: 'yes' | 'no' | null
  status: SubjectStatus
}

export type SubjectSort = ListSort<SubjectSortField>

/** A fresh list is by name. */
export const defaultSort = (): SubjectSort => ({ field: 'name', order: 'asc' })

export const defaultFilter = (): SubjectFilter => ({
  text: '',
  kindId: null,
  areaId: null,
  riskColor: null,
  isKey: null,
  status: 'live',
})

/** The filter, sort and page as `subjects/list` takes them (empty choices are left out). */
export function listArgs(f: SubjectFilter, sort: SubjectSort, page: number, pageSize: number): SubjectListArgs {
  return {
    text: f.text.trim(),
    status: f.status,
    sort: sort.field,
    order: sort.order,
    page,
    pageSize,
    ...(f.kindId ? { kindId: f.kindId } : {}),
    ...(f.areaId ? { areaId: f.areaId } : {}),
    ...(f.riskColor ? { riskColor: f.riskColor } : {}),
    ...(f.isKey ? { isKey: f.isKey === 'yes' } : {}),
  }
}

/**
 * What the add/edit form holds: every field of SubjectCreate, with "not chosen yet" as null, and
 * on editing why the colour changes (the colour history keeps it).
 */
export type SubjectForm = Omit<Required<SubjectCreate>, 'kindId' | 'areaId' | 'grid' | 'confirmDuplicate'> & {
  kindId: string | null
  areaId: string | null
  grid: string | null
  colorReason: string
}

export const emptySubjectForm = (): SubjectForm => ({
  name: '',
  kindId: null,
  areaId: null,
  grid: null,
  address: '',
  creditCode: '',
  responsibleName: '',
  responsiblePhone: '',
  managerName: '',
  managerPhone: '',
  riskColor: 'green',
  isKey: false,
  notes: '',
  colorReason: '',
})

export const subjectFormFields = Object.keys(emptySubjectForm()) as (keyof SubjectForm)[]

export const subjectFormOf = (s: Subject): SubjectForm => ({
  name: s.name,
  kindId: s.kindId,
  areaId: s.areaId,
  grid: s.grid || null,
  address: s.address,
  creditCode: s.creditCode,
  responsibleName: s.responsibleName,
  responsiblePhone: s.responsiblePhone,
  managerName: s.managerName,
  managerPhone: s.managerPhone,
  riskColor: s.riskColor,
  isKey: s.isKey,
  notes: s.notes,
  colorReason: '',
})

/** An unchosen kind or area goes as '' so the core answers "请选择…" under that field. */
export const subjectArgs = ({ colorReason: _onEditOnly, ...f }: SubjectForm): SubjectCreate => ({
  ...f,
  kindId: f.kindId ?? '',
  areaId: f.areaId ?? '',
  grid: f.grid ?? '',
})
