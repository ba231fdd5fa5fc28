import { AppError } from '../../errors'
import type { DocumentKind } from '../types'
import { circular } from './circular'
import { interviewMinutes } from './interview-minutes'
import { interviewNotice } from './interview-notice'
import { noticeLetter } from './notice-letter'
import { quarterlyReport } from './quarterly-report'
import { recheckOpinion } from './recheck-opinion'
import { rectificationNotice } from './rectification-notice'
import { supervisionNotice } from './supervision-notice'
import { warningLetter } from './warning-letter'

/** Every kind, in the order staff see them. */
export const documentKinds: readonly DocumentKind[] = [
  rectificationNotice,
  recheckOpinion,
  warningLetter,
  noticeLetter,
  interviewNotice,
  interviewMinutes,
  supervisionNotice,
  circular,
  quarterlyReport,
]

export function kindOf(code: string): DocumentKind {
  const kind = documentKinds.find((k) => k.code === code)
  if (!kind) throw new AppError('VALIDATION', `文书种类「${code}」不存在，应为：${documentKinds.map((k) => k.name).join('、')}`, 'kind')
  return kind
}
