import type { DocumentKindCode } from '../../electron/core/documents/types'
import { circular, noticeLetter, supervisionNotice, warningLetter } from './documents'
import { interviewMinutes, interviewNotice, recheckOpinion, rectificationNotice, type TemplateSource } from './forms'
import { buildDocx } from '../../electron/core/documents/ooxml/package'
import { quarterlyReport } from './report'

const sources: Record<DocumentKindCode, () => TemplateSource> = {
  rectification_notice: rectificationNotice,
  recheck_opinion: recheckOpinion,
  warning_letter: warningLetter,
  notice_letter: noticeLetter,
  interview_notice: interviewNotice,
  interview_minutes: interviewMinutes,
  supervision_notice: supervisionNotice,
  circular,
  quarterly_report: quarterlyReport,
}

/** The shipped template of a kind, byte for byte as templates/<kind>.docx holds it. */
export function buildTemplate(kind: DocumentKindCode): Buffer {
  const s = sources[kind]()
  return buildDocx(s.body, s.hf)
}
