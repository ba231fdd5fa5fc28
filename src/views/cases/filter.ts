import type { CaseFilter, CaseListArgs, CaseSeverity, CaseSortField, CaseSource, CaseStatus } from '../../../electron/core/cases/schema'
import type { ListAddress } from '../../composables/list-address'
import type { ListSort } from '../../composables/list-sort'
import { caseSeverityOrder, caseSourceOrder, caseStatusOrder } from '../../components/cases/codes'

/**
 * The case list's filter as the page holds it: every key present, "not chosen" as null. It travels
 * to and from the core's CaseFilter (the dashboard's numbers hand one over), the address bar and
 * localStorage, where the last filter is remembered.
 */
export interface CaseListFilter {
  status: CaseStatus[]
  overdue: boolean | null
  areaId: string | null
  subjectKindId: string | null
  categoryId: string | null
  severity: CaseSeverity | null
  source: CaseSource | null
  foundFrom: string | null
  foundTo: string | null
  deadlineFrom: string | null
  deadlineTo: string | null
  text: string
  /** Narrowings that come from a link (one unit's or one inspection's hazards), shown as tags. */
  subjectId: string | null
  inspectionId: string | null
  /** the hazards tagged with one campaign (from the campaign page or its summary) */
  campaignId: string | null
}

export type CaseSort = ListSort<CaseSortField>

export const defaultFilter = (): CaseListFilter => ({
  status: [],
  overdue: null,
  areaId: null,
  subjectKindId: null,
  categoryId: null,
  severity: null,
  source: null,
  foundFrom: null,
  foundTo: null,
  deadlineFrom: null,
  deadlineTo: null,
  text: '',
  subjectId: null,
  inspectionId: null,
  campaignId: null,
})

export const defaultSort = (): CaseSort => ({ field: 'foundDate', order: 'desc' })

const sortFields: readonly CaseSortField[] = ['foundDate', 'deadline', 'number', 'updatedAt']
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | null => (list.find((x) => x === v) ?? null)
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
const date = (v: unknown): string | null => (typeof v === 'string' && ISO_DATE.test(v) ? v : null)

/** A CaseFilter from anywhere (a link, an old saved filter): what is not understood is dropped. */
export function fromCaseFilter(raw: unknown): { filter: CaseListFilter; sort: CaseSort } {
  const r = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const statuses = Array.isArray(r.status) ? r.status.map((s) => oneOf(caseStatusOrder, s)).filter((s) => s !== null) : []
  return {
    filter: {
      status: [...new Set(statuses)],
      overdue: typeof r.overdue === 'boolean' ? r.overdue : null,
      areaId: str(r.areaId),
      subjectKindId: str(r.subjectKindId),
      categoryId: str(r.categoryId),
      severity: oneOf(caseSeverityOrder, r.severity),
      source: oneOf(caseSourceOrder, r.source),
      foundFrom: date(r.foundFrom),
      foundTo: date(r.foundTo),
      deadlineFrom: date(r.deadlineFrom),
      deadlineTo: date(r.deadlineTo),
      text: typeof r.text === 'string' ? r.text : '',
      subjectId: str(r.subjectId),
      inspectionId: str(r.inspectionId),
      campaignId: str(r.campaignId),
    },
    sort: {
      field: oneOf(sortFields, r.sort) ?? defaultSort().field,
      order: r.order === 'asc' || r.order === 'desc' ? r.order : defaultSort().order,
    },
  }
}

/** The filter and sort as the core takes them, leaving out what is not chosen. */
export function toCaseFilter(f: CaseListFilter, sort: CaseSort): CaseFilter {
  const out: CaseFilter = { status: [...f.status], sort: sort.field, order: sort.order }
  if (f.text.trim()) out.text = f.text.trim()
  if (f.overdue !== null) out.overdue = f.overdue
  for (const key of ['areaId', 'subjectKindId', 'categoryId', 'foundFrom', 'foundTo', 'deadlineFrom', 'deadlineTo', 'subjectId', 'inspectionId', 'campaignId'] as const) {
    const v = f[key]
    if (v !== null) out[key] = v
  }
  if (f.severity !== null) out.severity = f.severity
  if (f.source !== null) out.source = f.source
  return out
}

export const listArgs = (f: CaseListFilter, sort: CaseSort, page: number, pageSize: number): CaseListArgs => ({
  ...toCaseFilter(f, sort),
  page,
  pageSize,
})

/** The case list's address holds the core's CaseFilter, so the dashboard's numbers can link to it. */
export const caseAddress: ListAddress<CaseListFilter, CaseSortField> = {
  read(raw) {
    try {
      return fromCaseFilter(JSON.parse(raw))
    } catch {
      return null
    }
  },
  write: (f, sort) => JSON.stringify(toCaseFilter(f, sort ?? defaultSort())),
}

/** The address of the case list showing exactly the cases a filter selects (the dashboard's links). */
export const caseListLocation = (filter: CaseFilter) => ({ name: 'cases', query: { f: JSON.stringify(filter) } })

const STORAGE_KEY = 'firedesk.caseList'

export interface SavedList {
  filter: CaseListFilter
  sort: CaseSort
  pageSize: number
}

export function loadSavedList(): SavedList | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as { filter?: unknown; pageSize?: unknown }
    const { filter, sort } = fromCaseFilter(parsed.filter)
    const pageSize = typeof parsed.pageSize === 'number' && [10, 20, 50, 100].includes(parsed.pageSize) ? parsed.pageSize : 20
    return { filter, sort, pageSize }
  } catch {
    return null
  }
}

export function saveList(filter: CaseListFilter, sort: CaseSort | null, pageSize: number): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ filter: toCaseFilter(filter, sort ?? defaultSort()), pageSize }))
}
