import type { CaseCreate, CaseSeverity, CaseSource, InspectionCreate, InspectionKind } from '../../../electron/core/cases/schema'

/** One hazard as a form holds it: what is not chosen yet is null. */
export interface HazardForm {
  categoryId: string | null
  severity: CaseSeverity
  description: string
  legalBasis: string
  requirement: string
  deadline: string | null
}

export type HazardField = keyof HazardForm
export type HazardArgs = InspectionCreate['hazards'] extends (infer H)[] | undefined ? H : never

export const emptyHazard = (): HazardForm => ({
  categoryId: null,
  severity: 'general',
  description: '',
  legalBasis: '',
  requirement: '',
  deadline: null,
})

export const hazardFields = Object.keys(emptyHazard()) as HazardField[]

/**
 * An unchosen category goes as '' (the core answers 请选择隐患类别); an unchosen date is left out
 * so the core answers 请填写… rather than a complaint about the date's format.
 */
function optionalDate<K extends string>(key: K, value: string | null): Record<K, string> {
  return (value === null ? {} : { [key]: value }) as Record<K, string>
}

export const hazardArgs = (h: HazardForm): HazardArgs => ({
  categoryId: h.categoryId ?? '',
  severity: h.severity,
  description: h.description,
  legalBasis: h.legalBasis,
  requirement: h.requirement,
  ...optionalDate('deadline', h.deadline),
})

/** Where and how a hazard was found: shared by one registration and an inspection. */
export interface FindingForm {
  subjectId: string | null
  source: CaseSource
  inspectors: string
}

export type CaseForm = FindingForm & HazardForm & { foundDate: string | null }

export const emptyCaseForm = (today: string, inspectors: string): CaseForm => ({
  subjectId: null,
  foundDate: today,
  source: 'routine',
  inspectors,
  ...emptyHazard(),
})

export const caseFormFields = Object.keys(emptyCaseForm('', '')) as (keyof CaseForm)[]

export const caseArgs = (f: CaseForm): CaseCreate => ({
  subjectId: f.subjectId ?? '',
  source: f.source,
  inspectors: f.inspectors,
  ...optionalDate('foundDate', f.foundDate),
  ...hazardArgs(f),
})

/** 检查记录 as the form holds it: the people are roster ids, or names typed for people not on it. */
export interface InspectionForm {
  subjectId: string | null
  date: string | null
  source: InspectionKind
  inspectorIds: string[]
  notes: string
  /** the 专项行动 the visit was made for */
  campaignId: string | null
  /** 未发现隐患: the inspection is recorded without hazards */
  none: boolean
  hazards: HazardForm[]
}

/** An inspection starts with one hazard row; 未发现隐患 puts it aside. */
export const emptyInspectionForm = (today: string, inspectorIds: string[]): InspectionForm => ({
  subjectId: null,
  date: today,
  source: 'routine',
  inspectorIds,
  notes: '',
  campaignId: null,
  none: false,
  hazards: [emptyHazard()],
})

export const inspectionFormFields = ['subjectId', 'date', 'source', 'inspectorIds', 'notes', 'campaignId', 'hazards'] as const

/**
 * Roster people go as ids; when a name not on the roster was typed too, every name also goes as
 * the 检查人员 text, in the order chosen.
 */
export function inspectionArgs(f: InspectionForm, roster: ReadonlyMap<string, string>): InspectionCreate {
  const typed = f.inspectorIds.some((v) => !roster.has(v))
  return {
    subjectId: f.subjectId ?? '',
    source: f.source,
    inspectorIds: f.inspectorIds.filter((v) => roster.has(v)),
    inspectors: typed ? f.inspectorIds.map((v) => roster.get(v) ?? v).join('、') : '',
    notes: f.notes,
    ...(f.campaignId ? { campaignId: f.campaignId } : {}),
    ...optionalDate('date', f.date),
    hazards: f.none ? [] : f.hazards.map(hazardArgs),
  }
}

/** Today in the office's calendar, as the pickers' default. */
export function localToday(): string {
  const d = new Date()
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}
