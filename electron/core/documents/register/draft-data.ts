import type { Case } from '../../cases/schema'
import { formatDateZh } from '../../dates'
import type { Settings } from '../../settings/schema'
import type { Subject } from '../../subjects/schema'
import type { DocumentKindCode } from '../types'
import { recheckConclusion } from './rows'

/*
 * What a kind's form starts with, taken from the case and its subject (or the subject alone):
 * names, addresses, the hazard and its requirement, deadlines. Staff edit everything before
 * issuing; what cannot be known (a time, a place, the facts of a circular) is left empty.
 */

export interface DraftSource {
  theCase: Case | null
  /** the cases a notice or recheck opinion covers (the case itself, and others of the unit) */
  cases: readonly Case[]
  subject: Subject | null
  /** the case's latest rectification notice, for a recheck opinion */
  noticeNumber: string
  today: string
  settings: Settings
}

type Data = Record<string, unknown>

const hazardFact = (c: Case): string => `${formatDateZh(c.foundDate)}检查中，发现你单位存在以下问题：${c.description.replace(/[。；;，,\s]+$/u, '')}。`
const lines = (...items: (string | false | null | undefined)[]): string[] => items.filter((s): s is string => typeof s === 'string' && s !== '')

const prefill: Record<DocumentKindCode, (s: DraftSource) => Data> = {
  rectification_notice: ({ theCase: c, cases, subject, today }) => ({
    subjectName: subject?.name ?? '',
    subjectAddress: subject?.address ?? '',
    inspectionDate: c?.foundDate ?? today,
    inspectors: c?.inspectors ?? '',
    hazards:
      cases.length > 0
        ? cases.map((x) => ({ caseId: x.id, description: x.description, basis: x.legalBasis, requirement: x.requirement }))
        : [{ description: '', basis: '', requirement: '' }],
    // One deadline for the notice: the earliest of the hazards it lists.
    deadline: cases.map((x) => x.deadline).sort()[0] ?? '',
    date: today,
  }),
  recheck_opinion: ({ theCase: c, cases, subject, noticeNumber, today }) => ({
    subjectName: subject?.name ?? '',
    noticeNumber,
    recheckDate: today,
    inspectors: c?.inspectors ?? '',
    results: cases.length > 0 ? cases.map((x) => ({ caseId: x.id, description: x.description, finding: '', outcome: 'passed' })) : [{ description: '', finding: '', outcome: 'passed' }],
    // What it will say if every hazard passes; at issue the conclusion is written from the results.
    conclusion: recheckConclusion(cases.length > 0 ? cases.map((x) => ({ description: x.description, outcome: 'passed' as const })) : [{ description: '', outcome: 'passed' }], undefined, false),
    date: today,
  }),
  warning_letter: ({ theCase: c, subject, today }) => ({
    recipient: subject?.name ?? '',
    facts: lines(c && hazardFact(c), c && c.deadline < today && `上述问题已责令你单位于${formatDateZh(c.deadline)}前整改，至今仍未整改到位。`).join('\n'),
    risks: '',
    requirements: lines(c?.requirement).join('\n'),
    deadline: '',
    date: today,
  }),
  notice_letter: ({ theCase: c, subject, today }) => ({
    title: subject ? `关于督促${subject.name}加快消防安全隐患整改的函` : '',
    recipient: subject?.name ?? '',
    matter: lines(c && hazardFact(c)).join('\n'),
    requests: lines(c?.requirement).join('\n'),
    replyDeadline: '',
    date: today,
  }),
  interview_notice: ({ theCase: c, subject, today }) => ({
    interviewee: subject?.responsibleName ?? '',
    intervieweeUnit: subject?.name ?? '',
    intervieweePost: '',
    interviewKind: c?.severity === 'major' ? '警示约谈' : '提醒约谈',
    reason: lines(c && hazardFact(c)).join('\n'),
    time: '',
    place: '',
    bring: '营业执照复印件、负责人身份证复印件（委托他人的，另带授权委托书）\n隐患整改情况报告及整改前后的照片',
    date: today,
  }),
  interview_minutes: ({ theCase: c, subject, settings }) => ({
    interviewKind: c?.severity === 'major' ? '警示约谈' : '提醒约谈',
    startTime: '',
    endTime: '',
    place: '',
    interviewers: '',
    recorder: settings.operatorName,
    interviewee: subject?.responsibleName ?? '',
    intervieweeUnit: subject?.name ?? '',
    intervieweePost: '',
    intervieweePhone: subject?.responsiblePhone ?? '',
    reason: lines(c && hazardFact(c)).join('\n'),
    exchanges: [{ question: '', answer: '' }],
    commitments: '',
  }),
  supervision_notice: ({ theCase: c, subject, settings, today }) => ({
    title: subject ? `关于对${subject.name}重大火灾隐患实行挂牌督办的通知` : '',
    recipient: subject?.name ?? '',
    subjectName: subject?.name ?? '',
    hazards: lines(c && hazardFact(c)).join('\n'),
    requirements: lines(c?.requirement).join('\n'),
    supervisionDeadline: c && c.deadline >= today ? c.deadline : '',
    reporting: '督办期间，请于每周五前将整改进展情况书面报送镇消安委办。',
    copyTo: settings.docCopyTo,
    date: today,
  }),
  circular: ({ settings, today }) => ({
    title: '',
    recipients: '各村（社区），镇属各部门',
    intro: '',
    sections: [{ heading: '', paras: '' }],
    copyTo: settings.docCopyTo,
    date: today,
  }),
  // The quarterly summary's figures come from the reports; by hand, staff start from empty tables.
  quarterly_report: ({ settings, today }) => ({
    title: '',
    recipients: '',
    intro: '',
    figures: [{ item: '', current: '', previous: '', change: '' }],
    breakdowns: [{ heading: '', groupLabel: '', rows: [{ name: '', found: '', foundClosed: '', rate: '', openAtEnd: '', overdueAtEnd: '' }] }],
    months: [{ month: '', found: '', closed: '' }],
    work: '',
    documents: [],
    definitions: [{ term: '整改率', text: '期内发现的隐患中已销号的件数 ÷ 期内发现的隐患件数' }],
    source: '',
    copyTo: settings.docCopyTo,
    date: today,
  }),
}

export const draftData = (kind: DocumentKindCode, source: DraftSource): Data => prefill[kind](source)
