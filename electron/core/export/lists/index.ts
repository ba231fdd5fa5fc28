import type { z } from 'zod'
import { tabulate, type Tabulate } from '../columns'
import type { exportListSchema, ExportListName } from '../schema'
import { casesExport } from './cases'
import { subjectsExport } from './subjects'

type FilterOf<K extends ExportListName> = Extract<z.output<typeof exportListSchema>, { list: K }>['filter']

/** Every exportable list by name, each with the filter of its own list page. */
export const exportLists: { [K in ExportListName]: Tabulate<FilterOf<K>> } = {
  subjects: tabulate(subjectsExport),
  cases: tabulate(casesExport),
}
