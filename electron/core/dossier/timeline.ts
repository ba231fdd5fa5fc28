import { caseActionLabels, type CaseAction } from '../cases/schema'
import { formatDateZh } from '../dates'
import { inspectionKindLabels } from '../inspections/schema'
import type { InspectionKind } from '../cases/schema'
import { interviewKindLabels, type InterviewKind } from '../interviews/schema'
import { revisitOutcomeLabels } from '../revisits/schema'
import type { UnitEvent } from './repo'
import { riskColorNames, type Dossier, type DossierEvent } from './schema'

/** The steps of a case that are not lifecycle actions, as the dossier names them. */
const otherSteps: Record<string, string> = {
  register: '登记隐患',
  supervise: '挂牌督办',
  supervisionReport: '督办进展报告',
  liftSupervision: '摘牌',
  supervisionVoided: '督办作废',
  revisitKept: '回头看：保持',
  revisitRelapsed: '回头看：反弹',
  relapseOf: '回头看反弹立案',
}

/** Case steps that are a document or an interview: the unit's documents and interviews list them once. */
const shownElsewhere = new Set([
  'warningLetter',
  'noticeLetter',
  'circular',
  'interviewPlanned',
  'interviewNotice',
  'interviewHeld',
  'interviewMinutes',
  'interviewVoided',
  'supervisionNotice',
])

const stepName = (action: string): string => (action in caseActionLabels ? caseActionLabels[action as CaseAction] : (otherSteps[action] ?? action))

type Parts = Pick<Dossier, 'inspections' | 'colors' | 'documents' | 'interviews' | 'supervisions'>

/**
 * One timeline of the unit: inspections, every case step, colour changes, documents and
 * interviews, newest first. Supervision and 回头看 steps come through the cases' own timelines.
 */
export function unitTimeline(p: Parts, events: readonly UnitEvent[]): DossierEvent[] {
  const out: (DossierEvent & { at: string })[] = []
  for (const i of p.inspections) {
    const found = i.hazardCount === 0 ? '未发现隐患' : `发现隐患${i.hazardCount}处`
    out.push({ date: i.date, at: i.createdAt, kind: 'inspection', refId: i.id, text: `${inspectionKindLabels[i.source as InspectionKind] ?? '检查'}（${i.inspectors}）：${found}${i.voidedAt ? '（已作废）' : ''}` })
  }
  for (const e of events) {
    if (shownElsewhere.has(e.action)) continue
    out.push({ date: e.date, at: e.at, kind: 'case', refId: e.caseId, text: `隐患${e.number}：${stepName(e.action)}${e.note ? `（${e.note}）` : ''}` })
  }
  for (const c of p.colors) {
    const change = c.from === null ? `登记为${riskColorNames[c.to]}色` : `由${riskColorNames[c.from]}色调整为${riskColorNames[c.to]}色`
    out.push({ date: c.at.slice(0, 10), at: c.at, kind: 'color', refId: null, text: `分类${change}${c.reason ? `，原因：${c.reason}` : ''}` })
  }
  for (const d of p.documents) {
    out.push({ date: d.issueDate, at: d.issueDate, kind: 'document', refId: d.id, text: `${d.title}${d.number ? `（${d.number}）` : ''}${d.status === 'voided' ? '（已作废）' : ''}` })
  }
  for (const i of p.interviews) {
    const when = (i.startedAt ?? i.plannedAt).slice(0, 10)
    out.push({ date: when, at: i.startedAt ?? i.plannedAt, kind: 'interview', refId: i.id, text: `${interviewKindLabels[i.kind as InterviewKind] ?? '约谈'}：${i.reason}` })
  }
  out.sort((a, b) => (a.date === b.date ? b.at.localeCompare(a.at) : b.date.localeCompare(a.date)))
  return out.map(({ at: _at, ...e }) => e)
}

export const outcomeText = (o: keyof typeof revisitOutcomeLabels | null): string => (o === null ? '待回头看' : revisitOutcomeLabels[o])
export const dateText = (iso: string | null): string => (iso === null ? '' : formatDateZh(iso))
