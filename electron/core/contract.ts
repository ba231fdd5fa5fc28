/**
 * The one typed API between the renderer and the core. Each domain declares its handlers in its
 * own contract.ts; this file joins them. The renderer imports these types only.
 */
import type { AppErrorData } from './errors'
import type { AreasContract } from './areas/contract'
import type { AuditLogContract } from './auditlog/contract'
import type { BackupContract } from './backup/contract'
import type { CampaignsContract } from './campaigns/contract'
import type { CaseworkContract } from './cases/casework/contract'
import type { OfficialDocumentsContract } from './documents/register/contract'
import type { SignOffContract } from './documents/signoff/contract'
import type { EscalationWorkContract } from './escalation/joined/contract'
import type { ExportContract } from './export/contract'
import type { HealthContract } from './health/contract'
import type { ImportContract } from './import/contract'
import type { InspectionWorkContract } from './inspections/joined/contract'
import type { OperatorsContract } from './operators/contract'
import type { ReportsContract } from './reports/contract'
import type { ResponsibleUnitsContract } from './responsible-units/contract'
import type { ReportingContract } from './reporting/contract'
import type { IncidentsContract } from './incidents/contract'
import type { RankingContract } from './ranking/contract'
import type { SettingsContract } from './settings/contract'
import type { SubjectsContract } from './subjects/contract'
import type { TasksContract } from './tasks/contract'

export type Contract = SettingsContract &
  EscalationWorkContract &
  AreasContract &
  SubjectsContract &
  BackupContract &
  HealthContract &
  CaseworkContract &
  InspectionWorkContract &
  ImportContract &
  ExportContract &
  ReportsContract &
  ReportingContract &
  IncidentsContract &
  RankingContract &
  OfficialDocumentsContract &
  OperatorsContract &
  SignOffContract &
  AuditLogContract &
  CampaignsContract &
  ResponsibleUnitsContract &
  TasksContract

export type HandlerName = keyof Contract
export type ArgsOf<N extends HandlerName> = Contract[N]['args']
export type ResultOf<N extends HandlerName> = Contract[N]['result']

/** What every call returns over IPC and HTTP alike. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorData }

/** Exposed by the preload as `window.firedesk`, and by the web harness client. */
export interface FiredeskBridge {
  invoke(name: string, args: unknown): Promise<Envelope<unknown>>
  on(event: string, listener: (payload: unknown) => void): () => void
}

export type { AppErrorData }
