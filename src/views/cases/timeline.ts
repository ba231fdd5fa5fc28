import type { AttachmentPhase } from '../../../electron/core/attachments/schema'
import type { CaseEvent } from '../../../electron/core/cases/schema'
import { attachmentPhaseOrder } from '../../components/cases/codes'
import { t } from '../../locales'
import { formatDate } from '../../utils/date'

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const phaseOf = (v: unknown): AttachmentPhase | undefined => attachmentPhaseOrder.find((p) => p === v)

/** The facts a timeline entry records besides who and when, as lines people read. */
export function eventDetails(e: CaseEvent): string[] {
  const d = e.data
  const lines: string[] = []
  switch (e.action) {
    case 'register':
      if (str(d.deadline)) lines.push(t('timeline.deadline', { date: formatDate(str(d.deadline)) }))
      break
    case 'recheckFailed':
      if (str(d.newDeadline)) lines.push(t('timeline.newDeadline', { date: formatDate(str(d.newDeadline)) }))
      if (d.escalate === true) lines.push(t('timeline.escalated'))
      break
    case 'extend':
      lines.push(t('timeline.extended', { from: formatDate(str(d.oldDeadline)), to: formatDate(str(d.newDeadline)) }))
      lines.push(t('timeline.extendReason', { reason: str(d.reason), approver: str(d.approver) }))
      break
    case 'void':
      lines.push(t('void.voidedWith', { reason: str(d.reason) }))
      break
    case 'edit':
      for (const c of Array.isArray(d.changes) ? (d.changes as Record<string, unknown>[]) : []) {
        lines.push(t('timeline.changed', { label: str(c.label), from: str(c.fromText ?? c.from) || t('timeline.empty'), to: str(c.toText ?? c.to) || t('timeline.empty') }))
      }
      break
    case 'attach': {
      const phase = phaseOf(d.phase)
      lines.push(t('timeline.file', { name: str(d.fileName), phase: phase ? t(`attachmentPhase.${phase}`) : '' }))
      break
    }
    case 'voidAttachment':
      lines.push(t('timeline.fileVoided', { name: str(d.fileName), reason: str(d.reason) }))
      break
    default:
      break
  }
  return lines
}

/** The local clock time of an instant, e.g. 09:05. */
export function timeOf(iso: string): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return ''
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`
}
