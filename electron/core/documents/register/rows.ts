import type { Case } from '../../cases/schema'
import { formatDateZh } from '../../dates'
import { AppError } from '../../errors'
import type { DocumentKindCode } from '../types'

/*
 * A notice's hazard rows and a recheck opinion's results, one per case the document covers, so
 * that what it prints and what it does to the ledger are the same thing. A row names its case
 * (caseId); rows typed without one are taken for the cases in order; a case with no row takes
 * the ledger's words (a notice) or is refused (a recheck must say what it found).
 */

type Row = Record<string, unknown>

const isRow = (r: unknown): r is Row => r !== null && typeof r === 'object' && !Array.isArray(r)
const caseIdOf = (r: unknown): string | undefined => (isRow(r) && typeof r.caseId === 'string' ? r.caseId : undefined)

const ROWS: Partial<Record<DocumentKindCode, { field: string; label: string; fromLedger: (c: Case) => Row }>> = {
  rectification_notice: {
    field: 'hazards',
    label: '隐患清单',
    fromLedger: (c) => ({ caseId: c.id, description: c.description, basis: c.legalBasis, requirement: c.requirement }),
  },
  recheck_opinion: {
    field: 'results',
    label: '复查情况',
    fromLedger: (c) => {
      throw new AppError('VALIDATION', `请填写隐患 ${c.number}（${c.description}）的复查情况`, 'results')
    },
  },
}

/** The cases a document's rows name (a drafted notice or recheck names each of its hazards). */
export function rowCaseIds(kind: DocumentKindCode, data: Row): string[] {
  const spec = ROWS[kind]
  const rows = spec === undefined ? undefined : data[spec.field]
  return Array.isArray(rows) ? rows.flatMap((r) => caseIdOf(r) ?? []) : []
}

/** One row per covered case when the document covers several (or its rows name their cases); otherwise the rows as given. */
export function rowsForCases(kind: DocumentKindCode, data: Row, cases: readonly Case[]): Row {
  const spec = ROWS[kind]
  const rows = spec === undefined ? undefined : data[spec.field]
  if (spec === undefined || !Array.isArray(rows) || cases.length === 0) return data
  // One case, rows without case ids: the rows are that case's items, as typed (e.g. a recheck of its parts).
  if (cases.length === 1 && rows.every((r) => caseIdOf(r) === undefined)) return data
  const ids = new Set(cases.map((c) => c.id))
  const named = new Map<string, Row>()
  const loose: Row[] = []
  rows.forEach((r, i) => {
    const id = caseIdOf(r)
    if (id === undefined) loose.push(isRow(r) ? r : {})
    else if (!ids.has(id)) throw new AppError('VALIDATION', `${spec.label}第${i + 1}项不是所选的隐患`, `${spec.field}.${i}.caseId`)
    else named.set(id, r as Row)
  })
  const out = cases.map((c) => {
    const given = named.get(c.id) ?? loose.shift()
    return given === undefined ? spec.fromLedger(c) : { ...given, caseId: c.id }
  })
  if (loose.length > 0) throw new AppError('VALIDATION', `${spec.label}有${rows.length}项，多于所选的${cases.length}处隐患`, spec.field)
  return { ...data, [spec.field]: out }
}

const trimEnd = (s: string) => s.replace(/[。；;，,\s]+$/u, '')

/** The consequence a unit is told of when a hazard is still not fixed. */
export const RECHECK_CONSEQUENCE = '逾期仍未整改到位的，我办将依法依规予以函告、约谈，并通报所在村（社区）；构成重大火灾隐患的，依法移送有关部门处理。'

/**
 * 复查意见: 已整改到位 only when every hazard passed; otherwise which hazards are not fixed, the
 * new deadline (or that it is escalated), and the consequence. Written from the results, never
 * from text a draft held.
 */
export function recheckConclusion(results: readonly { description: string; outcome: 'passed' | 'failed' }[], newDeadline: string | undefined, escalate: boolean): string[] {
  const failed = results.filter((r) => r.outcome === 'failed')
  const n = results.length
  if (failed.length === 0) return [n === 1 ? '经复查，你单位隐患已整改到位。' : `经复查，你单位${n}处隐患均已整改到位。`]
  const list = failed.map((r) => trimEnd(r.description)).join('；')
  const found =
    n === 1 ? `经复查，你单位隐患未整改到位：${list}。` : `经复查，你单位${n}处隐患中已整改${n - failed.length}处，尚有${failed.length}处未整改到位：${list}。`
  const next =
    newDeadline !== undefined
      ? `请于${formatDateZh(newDeadline)}前将上述隐患整改到位，整改期间落实临时防范措施，确保安全。`
      : escalate
        ? '对上述未整改到位的隐患，我办将升级处理。'
        : ''
  return [found, next, RECHECK_CONSEQUENCE].filter((p) => p !== '')
}
