import { areaHandlers } from './areas/handlers'
import { auditLogHandlers } from './auditlog/handlers'
import { backupHandlers } from './backup/handlers'
import { caseworkHandlers } from './cases/casework/handlers'
import { officialDocumentHandlers } from './documents/handlers'
import { signOffHandlers } from './documents/signoff/handlers'
import { escalationWorkHandlers } from './escalation/joined/handlers'
import { exportHandlers } from './export/handlers'
import { healthHandlers } from './health/handlers'
import { importHandlers } from './import/handlers'
import { inspectionWorkHandlers } from './inspections/joined/handlers'
import { operatorHandlers } from './operators/handlers'
import type { HandlerDef } from './registry'
import { reportHandlers } from './reports/handlers'
import { settingsHandlers } from './settings/handlers'
import { subjectHandlers } from './subjects/handlers'

/** Every handler of the core, by domain. */
export const allHandlers: readonly HandlerDef[] = [
  ...settingsHandlers,
  ...escalationWorkHandlers,
  ...areaHandlers,
  ...subjectHandlers,
  ...backupHandlers,
  ...healthHandlers,
  ...caseworkHandlers,
  ...inspectionWorkHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...reportHandlers,
  ...officialDocumentHandlers,
  ...operatorHandlers,
  ...signOffHandlers,
  ...auditLogHandlers,
]
