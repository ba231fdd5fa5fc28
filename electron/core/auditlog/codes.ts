import type { CaseAction } from '../cases/schema'
import type { LetterRung } from '../escalation/schema'

/*
 * Every kind of record and every action the audit log holds. The 操作日志 names each in Chinese
 * (electron/shared/audit-words.ts, typed by these lists), and audit() takes no other code: a writer with a
 * new one fails the type check until the code is listed here and named there.
 */

export const auditEntities = [
  'app', 'area', 'backup', 'campaign', 'case', 'caseCategory', 'demo', 'document', 'documentBatch', 'documentDraft',
  'escalation', 'fire_incident', 'importBatch', 'inspection', 'inspector', 'interview', 'operator', 'report_rhythm',
  'report_submission', 'responsible_unit', 'revisit', 'revisit_item', 'score_visit', 'settings', 'subject', 'subjectKind',
  'supervision', 'task', 'template',
] as const
export type AuditEntity = (typeof auditEntities)[number]

/** Besides the case steps (cases/schema caseActions) and the letters of the ladder (预警, 函告). */
export const auditActions = [
  'addCommitment', 'addReport', 'attach', 'attachNotice', 'chase', 'circular', 'cleanLeftovers', 'close', 'closeCommitment',
  'create', 'deliver', 'draft', 'finishBatch', 'import', 'importTasks', 'interruptBatch', 'issue', 'issueMinutes',
  'issueNotice', 'lift', 'loadDemo', 'progress', 'recolor', 'record', 'recordMinutes', 'replace', 'reprint', 'restore',
  'return', 'review', 'saveItems', 'setTargets', 'sign', 'signIn', 'start', 'startBatch', 'tagCampaign', 'update', 'void',
  'voidAttachment',
] as const
export type AuditAction = (typeof auditActions)[number] | CaseAction | LetterRung
