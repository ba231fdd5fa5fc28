import { addDays } from '../dates'
import type { CaseSeverity, CaseSource, CaseStatus } from '../cases/schema'
import { caseSeverityLabels, caseSourceLabels } from '../cases/schema'
import { formatDateZh } from '../dates'
import type { Lookup } from './lookup'
import { outcomeOf, stepsTo, type Step } from './outcome'
import { cellText, type RowReader } from './reader'
import { relativeDays } from './values/date'
import { cleanLine } from './values/text'
import { readOutcome, readSeverity, readSource } from './values/vocab'

/** A hazard as a ledger row describes it, with the state and timeline it is brought in at. */
export interface HazardDraft {
  foundDate: string
  deadline: string
  categoryId: string
  severity: CaseSeverity
  source: CaseSource
  description: string
  legalBasis: string
  requirement: string
  inspectors: string
  remarks: string
  status: Exclude<CaseStatus, 'voided'>
  closedDate: string | null
  steps: Step[]
}

/** As long as a case's description may be (real ones run past 1 000 characters). */
const MAX_DESCRIPTION = 2000

function readCategory(r: RowReader, lookup: Lookup): string {
  const text = r.text('category', 40)
  const hit = text === '' ? undefined : (lookup.categories.find(text) ?? lookup.categories.findWithin(text))
  if (hit) return hit.id
  if (!lookup.otherCategory) {
    r.error('category', text === '' ? '未填写隐患类别' : `隐患类别「${text}」未登记`)
    return ''
  }
  if (text !== '') r.warn('category', `隐患类别「${text}」未登记，归入「${lookup.otherCategory.name}」`)
  return lookup.otherCategory.id
}

function readCoded<T extends string>(r: RowReader, field: 'severity' | 'source', read: (s: string) => T | null, fallback: T, label: string): T {
  const text = r.text(field, 40)
  if (text === '') return fallback
  const value = read(text)
  if (value === null) r.warn(field, `无法识别的${r.label(field)}「${text}」，按「${label}」导入`)
  return value ?? fallback
}

/** A date of the hazard's life: not before it was found, not after today. */
function lifeDate(r: RowReader, field: 'recheckDate' | 'closedDate', found: string, today: string): string | null {
  const d = r.date(field)
  if (d === null) return null
  if (d < found) r.error(field, `${r.label(field)}早于发现日期（${formatDateZh(found)}）`)
  else if (d > today) r.error(field, `${r.label(field)}晚于今天（${formatDateZh(today)}）`)
  return d
}

/** The deadline: a date, or a term counted from the day of finding (「15天」「立即」). */
function readDeadline(r: RowReader, found: string): string | null {
  const raw = r.raw('deadline')
  const days = typeof raw === 'string' ? relativeDays(raw) : null
  const d = days === null ? r.date('deadline') : addDays(found, days)
  if (d !== null && d < found) r.error('deadline', `整改期限早于发现日期（${formatDateZh(found)}）`)
  return d
}

/** The hazard fields of a row: null when the row has errors, or the reason it is left out. */
export function readHazard(r: RowReader, lookup: Lookup, today: string): HazardDraft | { skip: string } | null {
  const found = r.date('foundDate', true)
  if (found !== null && found > today) r.error('foundDate', `发现日期晚于今天（${formatDateZh(today)}）`)
  const description = r.block('description', MAX_DESCRIPTION, true)
  const draft = {
    categoryId: readCategory(r, lookup),
    severity: readCoded(r, 'severity', readSeverity, 'general', caseSeverityLabels.general),
    source: readCoded(r, 'source', readSource, 'routine', caseSourceLabels.routine),
    description,
    legalBasis: r.block('legalBasis', 500),
    requirement: r.block('requirement', 1000),
    inspectors: r.text('inspectors', 100),
    remarks: r.block('remarks', 500),
  }
  const outcomeText = cleanLine(cellText(r.raw('outcome')))
  const word = outcomeText === '' ? null : readOutcome(outcomeText)
  if (outcomeText !== '' && word === null) {
    r.error('outcome', `无法识别的整改情况「${outcomeText}」（应为 已销号、已整改、整改中、未整改 等）`)
  }
  if (found === null) return null
  const recheck = lifeDate(r, 'recheckDate', found, today)
  const closed = lifeDate(r, 'closedDate', found, today)
  if (recheck !== null && closed !== null && recheck > closed) r.error('recheckDate', '复查日期晚于销号日期')
  const deadline = readDeadline(r, found)
  if (r.failed) return null
  const dates = { found, recheck, closed }
  const outcome = outcomeOf(word, outcomeText, dates)
  if ('skip' in outcome) return outcome
  if ('error' in outcome) {
    r.error('outcome', outcome.error)
    return null
  }
  if (outcome.warning) r.warn('outcome', outcome.warning)
  let due = deadline
  if (due === null) {
    due = outcome.closedDate ?? found
    // Without the column at all, the sheet-level notice says this once instead of on every row.
    if (r.mapped('deadline')) {
      r.warn('deadline', outcome.closedDate === null ? '未填整改期限，按发现日期登记（将显示为逾期），请导入后补定期限' : '未填整改期限，按销号日期登记')
    }
  }
  return { ...draft, foundDate: found, deadline: due, status: outcome.status, closedDate: outcome.closedDate, steps: stepsTo(outcome.status, dates) }
}
