import type { EscalationEventAction } from '../../cases/event-actions'
import type { Settings } from '../../settings/schema'
import { documentKinds, kindOf } from '../kinds'
import type { DocumentKindCode } from '../types'
import { documentForms } from './forms'
import type { DocumentKindInfo } from './types'

/*
 * What the register knows about each kind beyond the engine: which setting holds its 文号
 * pattern (约谈笔录 has none), whether batch mode may send it, and which case step it records.
 */

type NumberSetting = Extract<keyof Settings, `docNumber${string}`>

const numberSettings: Partial<Record<DocumentKindCode, NumberSetting>> = {
  rectification_notice: 'docNumberRectificationNotice',
  recheck_opinion: 'docNumberRecheckOpinion',
  warning_letter: 'docNumberWarningLetter',
  notice_letter: 'docNumberNoticeLetter',
  interview_notice: 'docNumberInterviewNotice',
  supervision_notice: 'docNumberSupervisionNotice',
  circular: 'docNumberCircular',
  quarterly_report: 'docNumberQuarterlyReport',
}

export const batchKinds = ['warning_letter', 'notice_letter'] as const satisfies readonly DocumentKindCode[]

export const caseSteps: Partial<Record<DocumentKindCode, 'notice' | 'recheck'>> = {
  rectification_notice: 'notice',
  recheck_opinion: 'recheck',
}

/** The step a document that moves no case records on its case's timeline: where it stands on the ladder. */
export const caseEvents: Partial<Record<DocumentKindCode, EscalationEventAction>> = {
  warning_letter: 'warningLetter',
  notice_letter: 'noticeLetter',
  circular: 'circular',
  interview_notice: 'interviewNotice',
  interview_minutes: 'interviewMinutes',
  supervision_notice: 'supervisionNotice',
}

/** The 文号 pattern of a kind, e.g. 柳市消安委办〔{年}〕{n}号; null for unnumbered kinds. */
export function numberPatternOf(kind: DocumentKindCode, settings: Settings): string | null {
  const key = numberSettings[kind]
  return key === undefined ? null : settings[key]
}

export function kindInfos(settings: Settings): DocumentKindInfo[] {
  return documentKinds.map((k) => ({
    code: k.code,
    name: k.name,
    format: k.format,
    formatName: k.formatName,
    numbered: numberSettings[k.code] !== undefined,
    numberPattern: numberPatternOf(k.code, settings),
    batchable: (batchKinds as readonly string[]).includes(k.code),
    caseStep: caseSteps[k.code] ?? null,
    fields: documentForms[k.code],
    tags: k.tags,
  }))
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

export interface DocumentSummary {
  title: string
  recipient: string
  issueDate: string
}

/** The register's columns from a kind's validated data: its title, to whom, and its date. */
export function summaryOf(kind: DocumentKindCode, data: Readonly<Record<string, unknown>>): DocumentSummary {
  const name = kindOf(kind).name
  const recipient = str(data.recipient) || str(data.recipients) || str(data.subjectName) || [str(data.intervieweeUnit), str(data.interviewee)].filter(Boolean).join(' ')
  const title = str(data.title) || name
  const issueDate = str(data.date) || str(data.startTime).slice(0, 10)
  return { title, recipient, issueDate }
}
