import type { z } from 'zod'
import type { exportSheetSchema, SheetListName } from '../schema'
import { sheetOf, type MakeSheet } from '../sheet'
import { areasSheet } from './areas'
import { auditSheet } from './audit'
import { campaignsSheet } from './campaigns'
import { incidentsSheet } from './incidents'
import { inspectorsSheet } from './inspectors'
import { revisitsSheet } from './revisits'
import { unitsSheet } from './units'
import { casesSheet } from './cases'
import { chaseSheet } from './chase'
import { documentsSheet } from './documents'
import { draftsSheet } from './drafts'
import { inspectionsSheet } from './inspections'
import { interviewsSheet } from './interviews'
import { proposalsSheet } from './proposals'
import { subjectsSheet } from './subjects'
import { supervisionsSheet } from './supervisions'
import { tasksSheet } from './tasks'

type FilterOf<K extends SheetListName> = Extract<z.output<typeof exportSheetSchema>, { list: K }>['filter']

/** Every printable list by name, each with the filter of its own page. */
export const sheets: { [K in SheetListName]: MakeSheet<FilterOf<K>> } = {
  cases: sheetOf(casesSheet),
  chase: sheetOf(chaseSheet),
  proposals: sheetOf(proposalsSheet),
  tasks: sheetOf(tasksSheet),
  subjects: sheetOf(subjectsSheet),
  inspections: sheetOf(inspectionsSheet),
  interviews: sheetOf(interviewsSheet),
  supervisions: sheetOf(supervisionsSheet),
  documents: sheetOf(documentsSheet),
  incidents: sheetOf(incidentsSheet),
  campaigns: sheetOf(campaignsSheet),
  units: sheetOf(unitsSheet),
  revisits: sheetOf(revisitsSheet),
  areas: sheetOf(areasSheet),
  inspectors: sheetOf(inspectorsSheet),
  drafts: sheetOf(draftsSheet),
  audit: sheetOf(auditSheet),
}
