import { areaHandlers } from './areas/handlers'
import { auditLogHandlers } from './auditlog/handlers'
import { backupHandlers } from './backup/handlers'
import { campaignHandlers } from './campaigns/handlers'
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
import { responsibleUnitHandlers } from './responsible-units/handlers'
import { reportingHandlers } from './reporting/handlers'
import { incidentHandlers } from './incidents/handlers'
import { rankingHandlers } from './ranking/handlers'
import { settingsHandlers } from './settings/handlers'
import { subjectHandlers } from './subjects/handlers'
import { taskHandlers } from './tasks/handlers'

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
  ...reportingHandlers,
  ...incidentHandlers,
  ...rankingHandlers,
  ...officialDocumentHandlers,
  ...operatorHandlers,
  ...signOffHandlers,
  ...auditLogHandlers,
  ...campaignHandlers,
  ...responsibleUnitHandlers,
  ...taskHandlers,
]
